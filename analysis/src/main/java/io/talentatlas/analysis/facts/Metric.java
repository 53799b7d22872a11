package io.talentatlas.analysis.facts;

import java.util.Arrays;
import java.util.Optional;

/** The metric catalogue of facts.md, with the aggregation kind of each metric. */
public enum Metric {
    TALENT_INTRODUCED("talent.introduced", MetricKind.FLOW, "引进人才"),
    TALENT_INTRODUCED_HIGH_LEVEL("talent.introduced.high_level", MetricKind.FLOW, "引进高层次人才"),
    TALENT_INTRODUCED_FLEXIBLE("talent.introduced.flexible", MetricKind.FLOW, "柔性引进人才"),
    GRADUATES_RETAINED("graduates.retained", MetricKind.FLOW, "留用高校毕业生"),
    TALENT_STOCK("talent.stock", MetricKind.STOCK, "人才总量"),
    TALENT_STOCK_SHARE("talent.stock.share", MetricKind.STOCK, "人才占常住人口比例"),
    TALENT_HIGH_LEVEL("talent.high_level", MetricKind.STOCK, "高层次人才"),
    TALENT_TEAMS("talent.teams", MetricKind.STOCK, "人才团队"),
    TALENT_SKILLED_NEW("talent.skilled.new", MetricKind.FLOW, "新增技能人才"),
    INCENTIVE_HOUSING_PURCHASE("incentive.housing_purchase", MetricKind.OFFER, "购房补贴"),
    INCENTIVE_LIVING_ALLOWANCE("incentive.living_allowance", MetricKind.OFFER, "生活/安家补贴"),
    INCENTIVE_RENT("incentive.rent", MetricKind.OFFER, "租房补贴"),
    INCENTIVE_MONTHLY_ALLOWANCE("incentive.monthly_allowance", MetricKind.OFFER, "每月补贴"),
    INCENTIVE_STARTUP_GRANT("incentive.startup_grant", MetricKind.OFFER, "创业补助"),
    INCENTIVE_STARTUP_LOAN("incentive.startup_loan", MetricKind.OFFER, "创业担保贷款额度"),
    INCENTIVE_HOUSING_LOAN("incentive.housing_loan", MetricKind.OFFER, "人才住房贷款额度"),
    FUND_TALENT("fund.talent", MetricKind.FLOW, "人才专项资金"),
    FUND_DISBURSED("fund.disbursed", MetricKind.FLOW, "兑现补贴奖励资金"),
    LOAN_DISBURSED("loan.disbursed", MetricKind.FLOW, "发放人才贷款"),
    HOUSING_TALENT_APARTMENTS("housing.talent_apartments", MetricKind.STOCK, "人才公寓"),
    PLATFORM_INNOVATION("platform.innovation", MetricKind.STOCK, "科技创新平台"),
    PLATFORM_POSTDOC("platform.postdoc", MetricKind.STOCK, "博士后科研工作站"),
    PLATFORM_TALENT_STATION("platform.talent_station", MetricKind.STOCK, "人才工作站"),
    ENTERPRISE_HIGH_TECH("enterprise.high_tech", MetricKind.STOCK, "高新技术企业"),
    ENTERPRISE_TECH("enterprise.tech", MetricKind.STOCK, "科技型企业"),
    TRAINING_PARTICIPANTS("training.participants", MetricKind.FLOW, "培训人次"),
    RECRUITMENT_EVENTS("recruitment.events", MetricKind.FLOW, "招聘活动"),
    RECRUITMENT_SIGNED("recruitment.signed", MetricKind.FLOW, "签约人数"),
    TECH_CONTRACT_VALUE("tech_contract.value", MetricKind.FLOW, "技术合同成交额");

    /** The key of quantities that are about talent work but outside the catalogue. */
    public static final String OTHER = "other";

    private final String key;
    private final MetricKind kind;
    private final String displayName;

    Metric(String key, MetricKind kind, String displayName) {
        this.key = key;
        this.kind = kind;
        this.displayName = displayName;
    }

    /** The catalogue key, e.g. {@code talent.introduced}. */
    public String key() {
        return key;
    }

    /** Whether values are flows, stocks or offers. */
    public MetricKind kind() {
        return kind;
    }

    /** A short Chinese name for views. */
    public String displayName() {
        return displayName;
    }

    /** The catalogue metric with this key; empty for {@code other} and unknown keys. */
    public static Optional<Metric> ofKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
