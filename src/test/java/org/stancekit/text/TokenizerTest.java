package org.stancekit.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private final Tokenizer vi = new Tokenizer("vi");
    private final Tokenizer en = new Tokenizer("en");

    private static String show(List<Tokenizer.Token> tokens) {
        return tokens.stream().map(t -> t.text() + "/" + t.type().name().charAt(0)).collect(Collectors.joining(" "));
    }

    @Test
    void seedNamesAndAbbreviationsStayWhole() {
        assertEquals("Thư/W ký/W báo/W chí/W Nhà/W Trắng/W Karine/W Jean-Pierre/W",
                show(vi.tokenize("Thư ký báo chí Nhà Trắng Karine Jean-Pierre")));
        assertEquals("Tổng/W thư/W ký/W NATO/W Jens/W Stoltenberg/W ./P",
                show(vi.tokenize("Tổng thư ký NATO Jens Stoltenberg.")));
        assertEquals("phòng/W chống/W HIV/AIDS/W ở/W TP.HCM/W", show(vi.tokenize("phòng chống HIV/AIDS ở TP.HCM")));
        assertEquals("tiêm/W kích/W F-16/W ,/P COVID-19/W ,/P MH17/W", show(vi.tokenize("tiêm kích F-16, COVID-19, MH17")));
    }

    @Test
    void hyphenBetweenVietnameseSyllablesSplits() {
        assertEquals("xung/W đột/W Nga/W -/P Ukraine/W", show(vi.tokenize("xung đột Nga-Ukraine")));
        assertEquals("Hội/W đồng/W Nga/W -/P NATO/W", show(vi.tokenize("Hội đồng Nga-NATO")));
        assertEquals("Nga/W -/P Belarus/W", show(vi.tokenize("Nga- Belarus")));
        assertEquals("Nga/W -/P Mỹ/W", show(vi.tokenize("Nga - Mỹ")));
    }

    @Test
    void numbersAndDates() {
        assertEquals("ngày/W 12/1/D ,/P 3.000/N binh/W sĩ/W", show(vi.tokenize("ngày 12/1, 3.000 binh sĩ")));
        assertEquals("(/P 23/11/D )/P :/P 23/11/2024/D ./P", show(vi.tokenize("(23/11): 23/11/2024.")));
        assertEquals("tháng/W 12/2021/D ,/P 26,5/N %/P ,/P 18,36/N ,/P 2.0/N", show(vi.tokenize("tháng 12/2021, 26,5%, 18,36, 2.0")));
        assertEquals("lúc/W 07:56/N ,/P tầm/W 500-600km/W", show(vi.tokenize("lúc 07:56, tầm 500-600km")));
        assertEquals("năm/W 2004/N ./P Dự/W án/W", show(vi.tokenize("năm 2004.Dự án")));
        assertEquals("HIV/AIDS/W ./P Dự/W", show(vi.tokenize("HIV/AIDS.Dự")));
    }

    @Test
    void urlsDomainsAndEmails() {
        assertEquals("Theo/W dõi/W Baoquocte.vn/U trên/W", show(vi.tokenize("Theo dõi Baoquocte.vn trên")));
        assertEquals("xem/W https://vov.vn/the-gioi/a.html/U ./P", show(vi.tokenize("xem https://vov.vn/the-gioi/a.html.")));
        assertEquals("gửi/W toasoan@tuoitre.com.vn/U", show(vi.tokenize("gửi toasoan@tuoitre.com.vn")));
        assertEquals("www.bbc.co.uk/U", show(vi.tokenize("www.bbc.co.uk")));
    }

    @Test
    void englishKeepsApostrophesAndHyphens() {
        assertEquals("Ukraine's/W pro-Russian/W forces/W don't/W retreat/W ,/P 2,000/N killed/W",
                show(en.tokenize("Ukraine's pro-Russian forces don't retreat, 2,000 killed")));
        assertEquals("O'Brien/W says/W U.S/W ./P", show(en.tokenize("O'Brien says U.S.")));
    }

    @Test
    void punctuationRuns() {
        assertEquals("chờ/W .../P !/P ?/P", show(vi.tokenize("chờ... ! ?")));
        assertEquals("vui/W \uD83D\uDE00/P", show(vi.tokenize("vui \uD83D\uDE00")));
    }
}
