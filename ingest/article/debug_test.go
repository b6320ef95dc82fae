package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDebugPage prints what Parse makes of one eval page (TIDINGS_DEBUG=set/id).
func TestDebugPage(t *testing.T) {
	spec := os.Getenv("TIDINGS_DEBUG")
	if spec == "" {
		t.Skip("set TIDINGS_DEBUG=set/id to inspect one page")
	}
	set, id, _ := strings.Cut(spec, "/")
	dir := filepath.Join(evalDir(t), set)
	for _, r := range loadTruth(t, dir) {
		if r.ID != id {
			continue
		}
		a, err := ParseFile(filepath.Join(dir, r.File), r.URL)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("title=%q authors=%q published=%v (%s) modified=%v lang=%q site=%q img=%q canon=%q", a.Title, a.Authors, a.Published, a.DateSource, a.Modified, a.Language, a.SiteName, a.ImageURL, a.CanonicalURL)
		t.Logf("truth title=%q published=%q author=%q", r.Title, r.Published, r.Author)
		t.Logf("text:\n%s", a.Text)
	}
}
