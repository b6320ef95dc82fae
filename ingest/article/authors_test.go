package article

import (
	"strings"
	"testing"
)

// TestParseAuthorRules covers the byline rules one small page each.
func TestParseAuthorRules(t *testing.T) {
	const url = "https://news.example.com/2026/11/26/story.html"
	yoast := `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
		`{"@type":"Article","@id":"https://news.example.com/s#article","author":{"@id":"https://news.example.com/#/schema/person/1"}},` +
		`{"@type":"Person","@id":"https://news.example.com/#/schema/person/1","name":"Ann Lee"}]}</script>`
	tests := []struct{ name, head, body, want string }{
		{"json-ld author by @id resolves to the graph's person", yoast, lorem, "Ann Lee"},
		{"json-ld author as @id string resolves", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","author":"https://news.example.com/author/ann/#author"},{"@type":"Person","@id":"https://news.example.com/author/ann/#author","name":"Ann Lee"}]}</script>`, lorem, "Ann Lee"},
		{"json-ld organisation yields to a visible byline", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example News"}}</script>`, `<p class="byline">By Bo Chen</p>` + lorem, "Bo Chen"},
		{"json-ld organisation kept when no person is named", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example News"}}</script>`, lorem, "Example News"},
		{"meta author naming the host yields to the byline", `<meta name="author" content="news.example.com">`, `<div class="author">Von Bo Chen</div>` + lorem, "Bo Chen"},
		{"comment authors are not bylines", "", `<div class="entry-author">Ann Lee</div>` + lorem + `<ol class="comment-list"><li><span class="comment-author">Reader One says:</span></li></ol>`, "Ann Lee"},
		{"comment form labels are not names", "", lorem + `<form><label for="author" class="author-label">Name *</label></form>`, ""},
		{"only the first byline counts", "", `<span class="author">Ann Lee</span>` + lorem + `<aside><span class="author">Other Writer</span></aside>`, "Ann Lee"},
		{"commenter lines are skipped", "", `<span class="author">Reader says:</span><span class="author">Ann Lee</span>` + lorem, "Ann Lee"},
		{"posted by label stripped", "", `<span class="byline">Veröffentlicht von Ann Lee</span>` + lorem, "Ann Lee"},
		{"glued label stripped", "", `<span class="author">AuthorAnn Lee</span>` + lorem, "Ann Lee"},
		{"auteur label stripped", "", `<span class="author">Auteur : Ann Lee</span>` + lorem, "Ann Lee"},
		{"name after date and by", "", `<span class="byline">Posted on September 21, 2020 by Ann Lee</span>` + lorem, "Ann Lee"},
		{"date after name cut", "", `<span class="byline">Von Ann Lee am 21. April 2020</span>` + lorem, "Ann Lee"},
		{"separator after name cut", "", `<span class="byline">erstellt von Ann Lee — veröffentlicht 28.01.2022</span>` + lorem, "Ann Lee"},
		{"glued date cut", "", `<span class="author">Ann Lee20. November 2018</span>` + lorem, "Ann Lee"},
		{"first names starting with a prefix word survive", "", `<span class="author">David Daniel</span>` + lorem, "David Daniel"},
		{"job title after a full name cut", "", `<span class="author">Ann Lee Chefredakteurin</span>` + lorem, "Ann Lee"},
		{"job title alone kept", "", `<span class="author">Staff Writer</span>` + lorem, "Staff Writer"},
		{"site name after the byline dropped", `<meta property="og:site_name" content="CNN">`, `<span class="byline">By Ann Lee, CNN</span>` + lorem, "Ann Lee"},
		{"two names in one byline", "", `<span class="byline">von Ann Lee, Bo Chen</span>` + lorem, "Ann Lee; Bo Chen"},
		{"usernames with digits kept", "", `<span class="author">happyface313</span>` + lorem, "happyface313"},
		{"german autor class", "", `<div class="artikel-autor">Ann Lee</div>` + lorem, "Ann Lee"},
		{"rel author far from the first ignored", "", `<article><header><div class="meta"><p>By <a rel="author" href="/ann">Ann Lee</a></p></div></header>` + lorem + `</article><aside><ul><li><a rel="author" href="/bo">Bo Chen</a></li></ul></aside>`, "Ann Lee"},
		{"view-all link label stripped", "", `<span class="author">Zeige alle Beiträge von Ann Lee</span>` + lorem, "Ann Lee"},
		{"bare label is no name", "", `<span class="author">By</span><span class="author">Ann Lee</span>` + lorem, "Ann Lee"},
		{"generic account rejected", `<meta name="author" content="admin">`, `<span class="byline">Von Ann Lee</span>` + lorem, "Ann Lee"},
		{"photo credit is no byline", "", `<span class="author">Foto: Bo Chen</span>` + lorem, ""},
		{"degree after the name dropped", "", `<span class="byline">By Ann Lee, PhD</span>` + lorem, "Ann Lee"},
		{"updated date after the name cut", "", `<span class="byline">Ann Lee Updated Mar 22, 2022</span>` + lorem, "Ann Lee"},
		{"month after the name cut", "", `<span class="byline">By Ann Lee Oct 3, 2023</span>` + lorem, "Ann Lee"},
		{"weekday after a comma cut", "", `<span class="byline">Par Ann Lee, lundi 2 décembre 2019</span>` + lorem, "Ann Lee"},
		{"desk after a name dropped", "", `<span class="byline">Ann Lee, Online-Redaktion</span>` + lorem, "Ann Lee"},
		{"visible byline spells a username out", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"ann.lee"}}</script>`, `<span class="byline">Von Ann Lee</span>` + lorem, "Ann Lee"},
		{"visible byline adds the co-author", `<meta name="author" content="Ann Lee">`, `<span class="byline">von Ann Lee, Bo Chen</span>` + lorem, "Ann Lee; Bo Chen"},
		{"visible byline completes a first name", `<meta name="author" content="Ann">`, `<span class="byline">von Ann Lee</span>` + lorem, "Ann Lee"},
		{"different visible name leaves the metadata", `<meta name="author" content="Ann Lee">`, `<span class="byline">von Bo Chen</span>` + lorem, "Ann Lee"},
		{"by line with the name in a link", "", `<address>By <a href="/author/ann">Ann Lee</a></address>` + lorem, "Ann Lee"},
		{"by word in an element of its own", "", `<div><span>By</span><span><a href="/team/ann">Ann Lee</a></span></div>` + lorem, "Ann Lee"},
		{"posted by line", "", `<p>Posted by Ann Lee @ 12:00 am</p>` + lorem, "Ann Lee"},
		{"par line with a date", "", `<div>par <span>Ann Lee</span>, 21 juin 2018</div>` + lorem, "Ann Lee"},
		{"sentence starting with von is no byline", "", `<p>Von Montag an gilt das.</p>` + lorem, ""},
		{"ago after the name cut", "", `<span class="author">Ann Lee vor 3 Stunden</span>` + lorem, "Ann Lee"},
		{"last updated is no name", "", `<span class="byline">Last Updated: January 7, 2025</span>` + lorem, ""},
		{"text byline does not extend metadata", `<meta name="author" content="Ann Lee">`, `<p>By Ann Lee, Example Project, Example Corp</p>` + lorem, "Ann Lee"},
		{"link words inside a name are no link label", `<meta name="author" content="Octavia Hallenstein">`, lorem, "Octavia Hallenstein"},
		{"saved by label stripped", "", `<div class="submitted">Gespeichert von <span class="username">annlee</span> am 24. Juli 2017</div>` + lorem, "annlee"},
		{"interview label stripped", "", `<span class="author">Interview: Ann Lee</span>` + lorem, "Ann Lee"},
		{"source label is no name", "", `<span class="author">Quelle</span>` + lorem, ""},
		{"escaped entity in a name", `<meta name="author" content="Redacci&amp;oacute;n Diario">`, lorem, "Redacción Diario"},
		{"staff suffix cut", "", `<span class="author">Ann Lee ExampleVoice Staff</span>` + lorem, "Ann Lee"},
		{"weekday abbreviation cut", "", `<span class="author">Ann Lee Fr, 10.03.2023</span>` + lorem, "Ann Lee"},
		{"follow button cut", "", `<span class="author">Ann Lee Follow</span>` + lorem, "Ann Lee"},
		{"authority class is no byline", "", lorem + `<div class="authority-control">Authority control</div>`, ""},
		{"byline line completes a first name", `<meta name="author" content="Ann">`, `<p>By Ann Lee</p>` + lorem, "Ann Lee"},
		{"label in its own element, name in the next text", "", `<div><h5>Autor: </h5>Ann Lee/SP-X</div>` + lorem, "Ann Lee/SP-X"},
		{"screen-reader by before the name", "", `<div>yas! <span class="sr-only">| By </span> <span>Ann Lee</span> | <time>April 13, 2020</time> and more words to make the line long enough to skip the parent line entirely</div>` + lorem, "Ann Lee"},
		{"plural label", "", `<p>Autoren Ann Lee und Bo Chen</p>` + lorem, "Ann Lee; Bo Chen"},
		{"trailing am cut", "", `<p>Von A. L. am <a href="/2013/08/07/">7. August 2013</a></p>` + lorem, "A. L"},
		{"illustration credit cut", "", `<p><em>Text von Ann Lee   Illustration von Bo Chen</em></p>` + lorem, "Ann Lee"},
		{"lower-case glued label stripped", "", `<span class="author">byAnn Lee</span>` + lorem, "Ann Lee"},
		{"glued staff label cut", "", `<span class="author">Ann LeeStaff Writer</span>` + lorem, "Ann Lee"},
		{"glued spanish date cut", "", `<span class="author">Ann Lee04 de mayo de 2022</span>` + lorem, "Ann Lee"},
		{"digits ending a username kept", "", `<span class="author">annlee1</span>` + lorem, "annlee1"},
		{"chinese editor label", "", `<p>责任编辑：李四</p>` + lorem, "李四"},
		{"last-updated label is no name", "", `<span class="author">Letzte Aktualisierung</span>` + lorem, ""},
		{"spanish y splits names", "", `<span class="author">Ana Caro, Rocío Latorre y José Wilson</span>` + lorem, "Ana Caro; Rocío Latorre; José Wilson"},
		{"glued hace cut", "", `<span class="author">Ana CaroHace 13 horas</span>` + lorem, "Ana Caro"},
		{"label word alone is no name", "", `<span class="author">Autor</span>` + lorem, ""},
		{"single letter is no name", "", `<p>von Y</p>` + lorem, ""},
		{"organisation by legal form yields to the byline", `<meta name="author" content="Example Verband e.V.">`, `<p>Von Ann Lee</p>` + lorem, "Ann Lee"},
		{"organisation by legal form kept alone", `<meta name="author" content="Example Media GmbH">`, lorem, "Example Media GmbH"},
		{"rel authors of one byline kept together", "", `<p class="meta">By <span><a rel="author" href="/ann">Ann Lee</a></span> and <span><a rel="author" href="/bo">Bo Chen</a></span></p>` + lorem, "Ann Lee; Bo Chen"},
		{"long author box gives its leading name", "", `<div class="author"><a href="/autoren/ann-lee/">Ann Lee</a>, 21. Jan. 2015 <div class="article-tools">Drucken Teilen Kommentieren Merken Empfehlen</div></div>` + lorem, "Ann Lee"},
		{"long author box of prose gives nothing", "", `<div class="author-box">Yellow Vests and I have been talking about this for a very long time now, so here it is</div>` + lorem, ""},
		{"label inside a link", "", `<a href="mailto:x"><b>Von:</b><br><br>Ann Lee</a>` + lorem, "Ann Lee"},
		{"glued follow cut", "", `<span class="author">Ann LeeFollowEditor</span>` + lorem, "Ann Lee"},
		{"site-named author completes a first-name byline", `<meta property="og:site_name" content="Ann Lee"><meta name="author" content="Ann Lee">`, `<p>By Ann</p>` + lorem, "Ann Lee"},
		{"job title ends the names", "", `<span class="byline">By Ann Lee, Senior Staff Technologist, Example Speech, Privacy, and Technology Project</span>` + lorem, "Ann Lee"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page(tc.head, tc.body), url, Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(a.Authors, "; "); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
		})
	}
}
