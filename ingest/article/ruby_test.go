package article

import (
	"strings"
	"testing"
)

func TestBodyWithoutRubyReadings(t *testing.T) {
	para := `<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p>`
	a, err := Parse(page("", "<article><h1>法律</h1>"+strings.Repeat(para, 12)+"</article>"), "https://example.jp/news/1", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "子どもへの体罰を禁止する法律ができました。") {
		t.Errorf("ruby readings left in the body: %q", a.Text)
	}
}
