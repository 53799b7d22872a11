package io.talentatlas.analysis.regions;

import java.util.List;
import java.util.Optional;

/**
 * Derives the short name the press uses for a region from its official name: 大庆市 → 大庆, 内蒙古自治区 → 内蒙古,
 * 延边朝鲜族自治州 → 延边, 和林格尔县 → 和林格尔, 锡林郭勒盟 → 锡林郭勒.
 *
 * <p>Suffixes are stripped carefully: a short name must keep at least two characters (理县 has none), and district
 * names (…区) only get one when it keeps three or more, because two-character district stems (新城, 青山, 海南, 朝阳)
 * are common words or other regions' names far more often than they are the district.
 */
final class ShortNames {

    /** Ethnic group names found in autonomous prefecture and county names, longest first. */
    private static final List<String> ETHNIC_GROUPS = List.of(
            "柯尔克孜", "维吾尔", "哈萨克", "塔吉克", "乌孜别克", "达斡尔", "鄂温克", "鄂伦春", "俄罗斯", "塔塔尔",
            "蒙古", "土家", "布依", "朝鲜", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
            "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
            "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京");

    private static final List<String> AUTONOMY_SUFFIXES = List.of("自治州", "自治县", "自治旗", "自治区");

    private ShortNames() {
    }

    /** The short name of a region, or empty when it has none distinct from its official name. */
    static Optional<String> of(Region region) {
        String name = region.name();
        String stem = switch (region.level()) {
            case PROVINCE -> stripAutonomy(stripSuffix(name, "省", "市"));
            case PREFECTURE -> stripAutonomy(stripSuffix(name, "市", "地区", "盟"));
            case COUNTY -> countyStem(name);
        };
        if (stem.length() < 2 || stem.equals(name)) {
            return Optional.empty();
        }
        return Optional.of(stem);
    }

    private static String countyStem(String name) {
        if (name.endsWith("区")) {
            String stem = name.substring(0, name.length() - 1);
            return stem.length() >= 3 && !stem.endsWith("新") ? stem : name;
        }
        return stripAutonomy(stripSuffix(name, "县", "市"));
    }

    private static String stripSuffix(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** 延边朝鲜族自治州 → 延边, 内蒙古自治区 → 内蒙古, 博尔塔拉蒙古自治州 → 博尔塔拉. */
    static String stripAutonomy(String name) {
        for (String suffix : AUTONOMY_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return stripEthnicGroups(name.substring(0, name.length() - suffix.length()));
            }
        }
        return name;
    }

    private static String stripEthnicGroups(String name) {
        String rest = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String withoutZu = rest.endsWith("族") ? rest.substring(0, rest.length() - 1) : rest;
            for (String group : ETHNIC_GROUPS) {
                boolean multiChar = group.length() > 1 || withoutZu.length() < rest.length();
                if (multiChar && withoutZu.endsWith(group) && withoutZu.length() - group.length() >= 2) {
                    rest = withoutZu.substring(0, withoutZu.length() - group.length());
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }
}
