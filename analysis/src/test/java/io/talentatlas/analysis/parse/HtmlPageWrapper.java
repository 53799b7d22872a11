package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleParsed;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Wraps a seed's body in the kind of page a news site serves: metadata in the head, a header with navigation, a
 * breadcrumb, the title and date line above the article, a sidebar of links, a footer with copyright and contacts.
 * The seed's own body goes in unchanged (its HTML, or one {@code <p>} per line of a scrape, chrome lines included).
 */
final class HtmlPageWrapper {

    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n.*?\\n---\\n", Pattern.DOTALL);

    private HtmlPageWrapper() {
    }

    static String wrap(String seed, ArticleParsed original) {
        String title = original.title() == null ? "" : Entities.escape(original.title());
        String head = "<meta charset=\"utf-8\"><title>" + title + (title.isEmpty() ? "" : " - 新闻中心") + "</title>"
                + meta("property", "og:title", original.title())
                + meta("property", "article:published_time",
                        original.publishedAt() == null ? null : original.publishedAt().toString())
                + meta("property", "og:site_name", original.outlet())
                + meta("name", "author", original.authors().isEmpty() ? null : original.authors().get(0));
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>" + head + "<script>var _hmt = [];</script></head>\n"
                + "<body><header class=\"site-header\"><div class=\"logo\">新闻中心</div><nav class=\"main-nav\">"
                + "<a href=\"/\">首页</a><a href=\"/news\">要闻</a><a href=\"/talent\">人才</a><a href=\"/gov\">政务</a>"
                + "</nav></header>\n<div class=\"breadcrumb\"><a href=\"/\">首页</a> &gt; <a href=\"/talent\">人才"
                + "</a> &gt; 正文</div>\n<div class=\"container\"><div class=\"main\"><h1>" + title + "</h1>"
                + "<div class=\"info\">" + (original.publishedAt() == null ? "" : original.publishedAt()) + "</div>\n"
                + "<div class=\"article-content\">\n" + content(seed) + "\n</div>"
                + "<div class=\"share-bar\">分享到: <a href=\"#\">微信</a> <a href=\"#\">微博</a></div></div>\n"
                + "<aside class=\"sidebar\"><h3>热门文章</h3><ul>"
                + "<li><a href=\"/a/1\">多地出台人才新政,最高给予百万元购房补贴,吸引高校毕业生落户</a></li>"
                + "<li><a href=\"/a/2\">人才公寓拎包入住,青年人才安居乐业的新选择</a></li></ul></aside></div>\n"
                + "<footer><p>版权所有 © 2024 新闻中心 未经授权禁止转载</p><p>举报电话:12345 地址:某市某路1号</p>"
                + "</footer></body></html>\n";
    }

    private static String content(String seed) {
        var frontMatter = FRONT_MATTER.matcher(seed);
        if (frontMatter.lookingAt()) {
            return seed.substring(frontMatter.end());
        }
        List<String> lines = seed.lines().toList();
        int start = 0;
        for (int i = 0; i < Math.min(lines.size(), 8); i++) {
            if (DATE_LINE.matcher(lines.get(i)).find()) {
                start = i + 1;
                break;
            }
        }
        return lines.subList(start, lines.size()).stream()
                .filter(line -> !line.isBlank())
                .map(line -> "<p>" + Entities.escape(line) + "</p>")
                .collect(Collectors.joining("\n"));
    }

    private static String meta(String attribute, String key, String value) {
        return value == null ? "" : "<meta " + attribute + "=\"" + key + "\" content=\"" + Entities.escape(value)
                + "\">";
    }
}
