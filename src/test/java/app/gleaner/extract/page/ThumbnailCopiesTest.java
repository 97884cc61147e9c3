package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ThumbnailCopiesTest {

    private static List<String> kept(String html) {
        Element article = Jsoup.parseBodyFragment(html, "https://news.example/").body();
        ThumbnailCopies.remove(article);
        return article.select("img").eachAttr("src");
    }

    @Test
    void removesAStripOfThumbnailsOfTheSlidesTheArticleShows() {
        assertEquals(List.of("/g/mill-01.jpg", "/g/mill-02.jpg"), kept("<img src=/g/mill-01.jpg><img "
                + "src=/g/mill-02.jpg><div role=listbox><img src=/g/thumb/mill-01-160x120.jpg width=160><img "
                + "src=/g/mill-02_thumb.jpg></div>"));
    }

    @Test
    void keepsThumbnailsOfPicturesTheArticleDoesNotShowAndPicturesWithoutAFileName() {
        String gallery = "<img src=/g/mill-01-150x150.jpg width=150><img src=/g/weir-150x150.jpg width=150>";
        assertEquals(2, kept(gallery).size(), "a gallery of thumbnails is the article's");
        assertEquals(2, kept("<img src='/_next/image?url=%2Fa.jpg&w=1200'><img src='/_next/image?url=%2Fb.jpg&w=64' "
                + "width=64>").size(), "an image service's addresses name no file");
        assertEquals(2, kept("<img src=https://cdn.example/big/mill.jpg><img src=https://foto-thumbnails.example/"
                + "cache/2400/mill.jpg width=3 height=2>").size(), "an aspect ratio and a host's name say no size");
    }
}
