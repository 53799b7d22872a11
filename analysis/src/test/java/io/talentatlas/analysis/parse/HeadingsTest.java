package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"搭建聚才引才“凤凰台”", "强化顶层设计,激发人才工作活力", "加强平台载体建设", "创新资源更加集聚"})
    void shortLinesThatDoNotEndLikeSentencesAreHeadings(String line) {
        assertTrue(Headings.isHeading(Block.of(line)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"……", "聚天下英才而用之,聚人才合力谋发展。", "“谢谢您!”", "(完)", "2023",
        "支持蒙牛、中广核新能源等人才密集单位自主开展职称评审。",
        "近年来齐齐哈尔市突出服务全市产业人才需求坚持问题导向以深化人才发展体制机制改革为主线"})
    void sentencesAndLongLinesAreNot(String line) {
        assertFalse(Headings.isHeading(Block.of(line)), line);
    }

    @Test
    void sourceMarkedHeadingsAreHeadings() {
        assertTrue(Headings.isHeading(Block.heading("下好人才兴绥的“先手棋”。")));
    }
}
