package discover

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// ErrNotSitemap: the body is neither an XML sitemap, a sitemap index nor a
// text sitemap.
var ErrNotSitemap = errors.New("not a sitemap")

// Sitemap limits, from the sitemaps.org protocol unless noted.
const (
	// DefaultSitemapDepth bounds sitemap index nesting.
	DefaultSitemapDepth = 3
	// DefaultMaxSitemaps bounds the sitemap files one Sitemap call fetches.
	DefaultMaxSitemaps = 100
	// DefaultMaxSitemapURLs bounds the links one Sitemap call returns
	// (one file may hold 50,000).
	DefaultMaxSitemapURLs = 50_000
	// DefaultMaxSitemapBytes bounds one file's decompressed size.
	DefaultMaxSitemapBytes = 50 << 20
	// maxLocBytes bounds one <loc> or date text; real ones are under 2 KiB.
	maxLocBytes = 8 << 10
)

// SitemapOptions tune Sitemap and ParseSitemap. Zero values take the
// defaults.
type SitemapOptions struct {
	// Since keeps only URLs whose news:publication_date, else lastmod, is
	// after it, and skips index entries whose lastmod is not; zero keeps all.
	Since time.Time
	// KeepUndated keeps URLs with no date at all when Since is set.
	KeepUndated bool
	MaxDepth    int   // index nesting; DefaultSitemapDepth
	MaxSitemaps int   // files fetched in all; DefaultMaxSitemaps
	MaxURLs     int   // links returned in all; DefaultMaxSitemapURLs
	MaxBytes    int64 // decompressed bytes per file; DefaultMaxSitemapBytes
}

func (o SitemapOptions) withDefaults() SitemapOptions {
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultSitemapDepth
	}
	if o.MaxSitemaps <= 0 {
		o.MaxSitemaps = DefaultMaxSitemaps
	}
	if o.MaxURLs <= 0 {
		o.MaxURLs = DefaultMaxSitemapURLs
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxSitemapBytes
	}
	return o
}

// SitemapDoc is one parsed sitemap file.
type SitemapDoc struct {
	Index    bool   // a <sitemapindex>
	URLs     []Link // page URLs of a <urlset> or text sitemap, filtered by Since
	Sitemaps []Link // child sitemaps of an index (Published = lastmod), filtered by Since
	// Truncated reports that MaxURLs links were kept and the rest dropped.
	Truncated bool
}

// ParseSitemap reads a sitemap (urlset, sitemapindex or plain text, gzip
// detected by its magic bytes) from r, streaming, and returns its entries
// with relative locations resolved against baseURL. At most opts.MaxBytes
// decompressed bytes are read and opts.MaxURLs links kept.
func ParseSitemap(r io.Reader, baseURL string, opts SitemapOptions) (*SitemapDoc, error) {
	opts = opts.withDefaults()
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %w", ErrNotSitemap, err)
		}
		defer gz.Close()
		br = bufio.NewReader(gz)
	}
	lr := &limitReader{r: br, n: opts.MaxBytes}
	in := bufio.NewReader(lr)
	p := &sitemapParser{base: parseBase(baseURL), opts: opts, doc: &SitemapDoc{}}
	var err error
	if isTextSitemap(in) {
		err = p.parseText(in)
	} else {
		err = p.parseXML(in)
	}
	if lr.exceeded {
		return p.doc, fmt.Errorf("sitemap exceeds %d bytes: %w", opts.MaxBytes, errTooLarge)
	}
	return p.doc, err
}

var errTooLarge = errors.New("too large")

// limitReader reads at most n bytes and remembers whether r had more.
type limitReader struct {
	r        io.Reader
	n        int64
	exceeded bool
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		var one [1]byte
		if k, _ := l.r.Read(one[:]); k > 0 {
			l.exceeded = true
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// isTextSitemap reports whether the input starts (after white space and
// a byte order mark) with a URL rather than markup.
func isTextSitemap(in *bufio.Reader) bool {
	head, _ := in.Peek(512)
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	return bytes.HasPrefix(head, []byte("http://")) || bytes.HasPrefix(head, []byte("https://"))
}

// sitemapParser accumulates the entries of one file.
type sitemapParser struct {
	base *url.URL
	opts SitemapOptions
	doc  *SitemapDoc
}

// parseText reads a text sitemap: one URL a line.
func (p *sitemapParser) parseText(in *bufio.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 4096), maxLocBytes)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !looksLikeURL(line) {
			continue
		}
		if !p.addURL(sitemapEntry{loc: line}) {
			return nil
		}
	}
	if err := sc.Err(); err != nil && !errors.Is(err, bufio.ErrTooLong) {
		return fmt.Errorf("text sitemap: %w", err)
	}
	return nil
}

// sitemapEntry is one <url> or <sitemap> element.
type sitemapEntry struct {
	sitemap                           bool // a <sitemap>, in an index or (sloppily) in a urlset
	loc, lastmod, newsDate, newsTitle string
}

// parseXML streams the tokens of an XML sitemap.
func (p *sitemapParser) parseXML(in io.Reader) error {
	d := xml.NewDecoder(in)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	root := ""
	var cur *sitemapEntry
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if root == "" {
				return fmt.Errorf("%w: no root element", ErrNotSitemap)
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("sitemap xml: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			if ee, ok := tok.(xml.EndElement); ok && cur != nil && (ee.Name.Local == "url" || ee.Name.Local == "sitemap") {
				if !p.add(*cur) {
					return nil
				}
				cur = nil
			}
			continue
		}
		switch name := se.Name.Local; {
		case root == "":
			if name != "urlset" && name != "sitemapindex" {
				return fmt.Errorf("%w: root element <%s>", ErrNotSitemap, name)
			}
			root = name
			p.doc.Index = name == "sitemapindex"
		case name == "url" || name == "sitemap":
			cur = &sitemapEntry{sitemap: name == "sitemap"}
		case cur != nil:
			if err := p.readField(d, se, cur); err != nil {
				return err
			}
		}
	}
}

// readField stores the text of a field element of the current entry.
// Elements of other namespaces (xhtml:link, image:image) are skipped except
// Google News' publication_date and title.
func (p *sitemapParser) readField(d *xml.Decoder, se xml.StartElement, cur *sitemapEntry) error {
	var dst *string
	news := strings.Contains(se.Name.Space, "sitemap-news")
	switch {
	case se.Name.Local == "loc" && !news:
		dst = &cur.loc
	case se.Name.Local == "lastmod" && !news:
		dst = &cur.lastmod
	case se.Name.Local == "publication_date":
		dst = &cur.newsDate
	case se.Name.Local == "title" && news:
		dst = &cur.newsTitle
	default:
		return nil // descend: news:news holds the fields we want
	}
	text, err := elementText(d)
	if err != nil {
		return fmt.Errorf("sitemap xml <%s>: %w", se.Name.Local, err)
	}
	*dst = text
	return nil
}

// elementText returns the character data up to the current element's end,
// bounded by maxLocBytes.
func elementText(d *xml.Decoder) (string, error) {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if b.Len()+len(t) <= maxLocBytes {
				b.Write(t)
			}
		}
	}
	return strings.TrimSpace(b.String()), nil
}

// add files an entry as a URL or a child sitemap; false once MaxURLs
// links are kept.
func (p *sitemapParser) add(e sitemapEntry) bool {
	if e.sitemap {
		p.addSitemap(e)
		return true
	}
	return p.addURL(e)
}

func (p *sitemapParser) addSitemap(e sitemapEntry) {
	u := resolveLink(p.base, e.loc)
	if u == "" {
		return
	}
	mod := parseW3CDate(e.lastmod)
	// An index entry not modified since Since holds nothing newer.
	if !p.opts.Since.IsZero() && !mod.IsZero() && !mod.After(p.opts.Since) {
		return
	}
	p.doc.Sitemaps = append(p.doc.Sitemaps, Link{URL: u, Published: mod})
}

func (p *sitemapParser) addURL(e sitemapEntry) bool {
	if len(p.doc.URLs) >= p.opts.MaxURLs {
		p.doc.Truncated = true
		return false
	}
	u := resolveLink(p.base, e.loc)
	if u == "" {
		return true
	}
	date := parseW3CDate(e.newsDate)
	if date.IsZero() {
		date = parseW3CDate(e.lastmod)
	}
	if !p.opts.Since.IsZero() {
		if date.IsZero() && !p.opts.KeepUndated || !date.IsZero() && !date.After(p.opts.Since) {
			return true
		}
	}
	p.doc.URLs = append(p.doc.URLs, Link{URL: u, Title: cleanTitle(e.newsTitle), Published: date})
	return true
}
