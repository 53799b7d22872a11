package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeFilterTest {

    private static List<Block> blocks(String... texts) {
        return java.util.Arrays.stream(texts).map(Block::of).toList();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void cutsTheTailFromTheFirstTailMarkerInTheSecondHalf() {
        List<String> body = IntStream.range(0, 6).mapToObj(i -> "第" + i + "段正文,内容完整。").toList();
        List<String> withTail = new java.util.ArrayList<>(body);
        withTail.addAll(List.of("责任编辑:周大伟", "如需了解更多信息,请登录中国有色网。",
                "凡注明文章来源为“中国有色金属报”的文章,均为原创,转载目的在于传递更多信息,并不构成投资建议,仅供读者参考。"));
        assertEquals(body, texts(ChromeFilter.strip(blocks(withTail.toArray(String[]::new)))));
    }

    @Test
    void keepsProseThatMentionsAChromeWord() {
        String prose = "企业通过分享平台返回数据,在版权保护和知识产权方面开展合作,累计转化科技成果20项,"
                + "这一做法得到了各方的广泛认可和高度评价。";
        assertEquals(List.of(prose), texts(ChromeFilter.strip(blocks(prose))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"返回首页", "[返回黑龙江日报新闻](//x.com/a.html)｜[返回首页](//x.com/)", "分享到:",
        "<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW1>", "https://example.com/a?b=c",
        "新浪新闻客户端", "6932次浏览", "编辑:贾小燕", "Copyright © 1996-2024 SINA Corporation",
        "All Rights Reserved 新浪公司 版权所有", "举报邮箱:jubao@vip.sina.com", "（完）", "打开新浪新闻APP",
        "[返回列表]", "分享", "扫一扫", "扫描二维码关注", "下载新闻客户端", "点击查看原文", "关注我们", "上一篇:人才新政",
        "下一篇", "相关阅读", "推荐阅读", "延伸阅读", "【纠错】", "字号:大 中 小", "打印本页", "关闭窗口", "收藏本文",
        "(完)", "本文返回顶部", "中国日报客户端", "共 12 次阅读", "阅读量: 120"})
    void dropsChromeLines(String line) {
        assertTrue(ChromeFilter.isChromeLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"搭建聚才引才“凤凰台”", "创新产才融合工作机制", "打造人才聚集“强磁场”", "分享经济发展新机遇"})
    void keepsHeadings(String line) {
        assertFalse(ChromeFilter.isChromeLine(line), line);
    }
}
