package discover

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tidings/ingest/fetch"
)

// TestParseFeedEvalFiles checks every real feed against the item links of
// the rss-parser project's own parse (expected/<name>.json).
func TestParseFeedEvalFiles(t *testing.T) {
	dir := filepath.Join(feedsDir(t), "rss-parser")
	files, _ := filepath.Glob(filepath.Join(dir, "*.*"))
	checked := 0
	for _, path := range files {
		name := filepath.Base(path)
		exp := filepath.Join(dir, "expected", strings.TrimSuffix(name, filepath.Ext(name))+".json")
		if _, err := os.Stat(exp); err != nil {
			continue
		}
		checked++
		t.Run(name, func(t *testing.T) {
			body, _ := os.ReadFile(path)
			links, err := ParseFeed(body, "https://feeds.example/"+name)
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			want := expectedLinks(t, exp)
			if len(links) != len(want) {
				t.Fatalf("%d links, want %d", len(links), len(want))
			}
			for i, l := range links {
				if l.URL != strings.TrimSpace(want[i]) {
					t.Errorf("link %d = %q, want %q", i, l.URL, want[i])
				}
				if l.Title == "" {
					t.Errorf("link %d has no title", i)
				}
			}
		})
	}
	if checked == 0 {
		t.Skip("no feeds with expected output found")
	}
}

func expectedLinks(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Some expected files hold Latin-1 bytes; links are ASCII either way.
	var exp struct {
		Feed struct {
			Items []struct {
				Link string `json:"link"`
			} `json:"items"`
		} `json:"feed"`
	}
	if err := json.Unmarshal([]byte(strings.ToValidUTF8(string(b), "?")), &exp); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var links []string
	for _, it := range exp.Feed.Items {
		links = append(links, it.Link)
	}
	return links
}

func TestParseFeedHints(t *testing.T) {
	tests := []struct {
		name, file string
		wantTitle  string
		wantDate   time.Time
	}{
		{name: "guardian rss", file: "rss-parser/guardian.rss",
			wantTitle: "Trump State of the Union address promised unity but emphasized discord",
			wantDate:  time.Date(2018, 1, 31, 7, 26, 5, 0, time.UTC)},
		{name: "heise atom", file: "rss-parser/heise.atom",
			wantTitle: "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei",
			wantDate:  time.Date(2016, 2, 1, 16, 22, 0, 0, time.UTC)},
		{name: "iso-8859-1 declared", file: "rss-parser/encoding.rss",
			wantTitle: "Mãe de utente é a nova presidente da Raríssimas",
			wantDate:  time.Date(2018, 1, 3, 13, 47, 0, 0, time.UTC)},
		{name: "latin-1 undeclared", file: "rss-parser/uolNoticias.rss",
			wantTitle: "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno"},
		{name: "rdf", file: "rss-parser/rss-1.rss", wantTitle: "Food for fungi",
			wantDate: time.Date(2017, 6, 15, 17, 29, 47, 0, time.UTC)},
		{name: "escaped markup in title", file: "rss-parser/craigslist.rss",
			wantTitle: "Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft 2",
			wantDate:  time.Date(2017, 6, 21, 17, 33, 10, 0, time.UTC)},
		{name: "json feed", file: "trafilatura/feed.json", wantTitle: "Keller Rinaudo: How can delivery drones save lives?",
			wantDate: time.Date(2021, 10, 29, 14, 26, 0, 0, time.UTC)},
		{name: "feedburner atom", file: "rss-parser/feedburner.atom",
			wantTitle: "AdWords and DFP Java client library will soon require Java 7+",
			wantDate:  time.Date(2016, 6, 3, 14, 38, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			links, err := ParseFeed(readFeedFile(t, tt.file), "https://feeds.example/feed")
			if err != nil || len(links) == 0 {
				t.Fatalf("ParseFeed: %d links, %v", len(links), err)
			}
			if links[0].Title != tt.wantTitle {
				t.Errorf("title = %q, want %q", links[0].Title, tt.wantTitle)
			}
			if !links[0].Published.Equal(tt.wantDate) {
				t.Errorf("published = %s, want %s", links[0].Published, tt.wantDate)
			}
		})
	}
}

func TestParseFeedLinks(t *testing.T) {
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>relative</title><link>/news/1#top</link></item>
<item><title>no link</title><description>x</description></item>
<item><title>duplicate</title><link>https://site.example/news/1</link></item>
<item><title>guid permalink</title><guid>https://site.example/news/2</guid></item>
<item><title>guid not a url</title><guid isPermaLink="false">abc-123</guid></item>
<item><title>javascript</title><link>javascript:alert(1)</link></item>
<item><title>  spaced
  title </title><link>news/3</link></item>
</channel></rss>`
	links, err := ParseFeed([]byte(body), "https://site.example/feeds/main.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := []Link{
		{URL: "https://site.example/news/1", Title: "relative"},
		{URL: "https://site.example/news/2", Title: "guid permalink"},
		{URL: "https://site.example/feeds/news/3", Title: "spaced title"},
	}
	if fmt.Sprint(links) != fmt.Sprint(want) {
		t.Errorf("links =\n%v\nwant\n%v", links, want)
	}
}

func TestParseFeedErrors(t *testing.T) {
	tests := []struct {
		name, body string
		wantErr    string
	}{
		{name: "empty body", body: "", wantErr: "empty body"},
		{name: "html page", body: "<!doctype html><html><body>hi</body></html>", wantErr: "not a feed"},
		{name: "plain text", body: "hello world", wantErr: "not a feed"},
		{name: "truncated rss", body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</ti`, wantErr: "not a feed"},
		{name: "unclosed atom", body: `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>`, wantErr: "not a feed"},
		{name: "broken json feed", body: `{"version": "https://jsonfeed.org/version/1", "items": [`, wantErr: "not a feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" fails", func(t *testing.T) {
			links, err := ParseFeed([]byte(tt.body), "https://x.example/")
			if err == nil {
				t.Fatalf("got %d links, want an error", len(links))
			}
			if !errors.Is(err, ErrNotFeed) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want ErrNotFeed mentioning %q", err, tt.wantErr)
			}
		})
	}
}

// bigFeed builds an RSS feed with n items.
func bigFeed(n int) []byte {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>big</title>`)
	for i := range n {
		fmt.Fprintf(&sb, "<item><title>%d</title><link>/a/%d</link></item>\n", i, i)
	}
	sb.WriteString("</channel></rss>")
	return []byte(sb.String())
}

func TestParseFeedBoundsItems(t *testing.T) {
	body := bigFeed(100_000)
	start := time.Now()
	links, err := ParseFeed(body, "https://big.example/")
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != MaxFeedItems {
		t.Errorf("%d links, want %d", len(links), MaxFeedItems)
	}
	if last := links[len(links)-1].URL; last != fmt.Sprintf("https://big.example/a/%d", MaxFeedItems-1) {
		t.Errorf("last link %q", last)
	}
	t.Logf("100,000-item feed (%d bytes) parsed in %s", len(body), time.Since(start))
}

func TestTruncateItems(t *testing.T) {
	tests := []struct {
		name, in, want string
		max            int
	}{
		{name: "under limit unchanged", in: "<rss><channel><item>a</item></channel></rss>", max: 1,
			want: "<rss><channel><item>a</item></channel></rss>"},
		{name: "rss cut and closed", in: "<rss><channel><item>a</item><item>b</item></channel></rss>", max: 1,
			want: "<rss><channel><item>a</item></channel></rss>"},
		{name: "rdf prefix closed", in: `<rdf:RDF x="1"><channel/><item>a</item><item>b</item></rdf:RDF>`, max: 1,
			want: `<rdf:RDF x="1"><channel/><item>a</item></rdf:RDF>`},
		{name: "atom entries", in: `<feed><entry><title>a</title></entry><entry/><entry>c</entry></feed>`, max: 1,
			want: `<feed><entry><title>a</title></entry></feed>`},
		{name: "markup in comment and cdata ignored", in: `<rss><!-- <item> --><channel><item><![CDATA[<item>]]></item><item>b</item></channel></rss>`, max: 1,
			want: `<rss><!-- <item> --><channel><item><![CDATA[<item>]]></item></channel></rss>`},
		{name: "quoted > in attribute", in: `<rss a="x>y"><item>a</item><item>b</item></rss>`, max: 1,
			want: `<rss a="x>y"><item>a</item></rss>`},
		{name: "unterminated markup unchanged", in: `<rss><item>a</item><item>b</item><!-- open`, max: 1,
			want: `<rss><item>a</item></rss>`},
		{name: "stray angle brackets are text", in: `<<><item><item>`, max: 1, want: `<<><item></item>`},
		{name: "broken before cut unchanged", in: `<rss><!-- open <item>a</item><item>b</item>`, max: 1,
			want: `<rss><!-- open <item>a</item><item>b</item>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(truncateItems([]byte(tt.in), tt.max)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestFeedOverHTTP(t *testing.T) {
	dir := feedsDir(t)
	mux := http.NewServeMux()
	files := map[string]string{
		"/guardian":  "rss-parser/guardian.rss",
		"/heise":     "rss-parser/heise.atom",
		"/latin1":    "rss-parser/uolNoticias.rss",
		"/json":      "trafilatura/feed.json",
		"/rdf":       "rss-parser/rss-1.rss",
		"/encoding":  "rss-parser/encoding.rss",
		"/burner":    "rss-parser/feedburner.atom",
		"/html":      "",
		"/truncated": "",
	}
	types := map[string]string{"/latin1": "text/xml; charset=iso-8859-1", "/json": "application/feed+json",
		"/heise": "application/atom+xml"}
	for path, file := range files {
		var body []byte
		if file != "" {
			body, _ = os.ReadFile(filepath.Join(dir, file))
		}
		ct := types[path]
		if ct == "" {
			ct = "application/rss+xml"
		}
		switch path {
		case "/html":
			body, ct = []byte("<html><body>not a feed</body></html>"), "text/html"
		case "/truncated":
			g, _ := os.ReadFile(filepath.Join(dir, "rss-parser/guardian.rss"))
			body = g[:len(g)/2]
		}
		mux.HandleFunc(path, staticFile(ct, body))
	}
	mux.HandleFunc("/pdf", staticFile("application/pdf", []byte("%PDF-1.4")))
	srv := serve(t, mux)
	f := newFetcher(t)

	tests := []struct {
		path      string
		wantLinks int
		wantErr   error
	}{
		{path: "/guardian", wantLinks: 55},
		{path: "/heise", wantLinks: 15},
		{path: "/latin1", wantLinks: 15},
		{path: "/json", wantLinks: 25},
		{path: "/rdf", wantLinks: 69},
		{path: "/encoding", wantLinks: 40},
		{path: "/burner", wantLinks: 25},
		{path: "/html", wantErr: ErrNotFeed},
		{path: "/truncated", wantErr: ErrNotFeed},
		{path: "/pdf", wantErr: fetch.ErrContentType},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s gives %d links", tt.path, tt.wantLinks)
		if tt.wantErr != nil {
			name = fmt.Sprintf("%s fails with %v", tt.path, tt.wantErr)
		}
		t.Run(name, func(t *testing.T) {
			links, err := Feed(t.Context(), f, srv.URL+tt.path)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), srv.URL+tt.path) {
					t.Fatalf("err = %v, want %v naming the URL", err, tt.wantErr)
				}
				return
			}
			if err != nil || len(links) != tt.wantLinks {
				t.Fatalf("%d links, err %v; want %d", len(links), err, tt.wantLinks)
			}
			for _, l := range links {
				if !strings.HasPrefix(l.URL, "http") || strings.ContainsRune(l.Title, '\uFFFD') {
					t.Errorf("bad link %+v", l)
				}
			}
		})
	}
}

func TestFeedBigOverHTTPIsBounded(t *testing.T) {
	srv := serve(t, staticFile("application/rss+xml", bigFeed(100_000)))
	links, err := Feed(t.Context(), newFetcher(t), srv.URL+"/big.xml")
	if err != nil || len(links) != MaxFeedItems {
		t.Fatalf("%d links, err %v; want %d", len(links), err, MaxFeedItems)
	}
}

func TestFeedPrivateAccessThroughContext(t *testing.T) {
	srv := serve(t, staticFile("application/rss+xml", []byte(`<rss version="2.0"><channel><item><link>/a</link></item></channel></rss>`)))
	cfg := fetch.DefaultConfig()
	cfg.MinDelay, cfg.RespectRobots = 0, false
	f, err := fetch.New(cfg, nil, nil) // private addresses refused
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	if _, err := Feed(t.Context(), f, srv.URL); !errors.Is(err, fetch.ErrPrivateAddress) {
		t.Errorf("without opt-in: err = %v, want ErrPrivateAddress", err)
	}
	ctx := fetch.WithPrivateAccess(t.Context(), false, []string{"127.0.0.1"})
	if links, err := Feed(ctx, f, srv.URL); err != nil || len(links) != 1 {
		t.Errorf("with opt-in: %d links, err %v", len(links), err)
	}
}
