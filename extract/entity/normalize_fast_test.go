package entity

import (
	"strings"
	"testing"
)

// TestPlainNameKeepsCleanForm checks that the fast path returns what the
// full repairs would: every plain name is its own clean form.
func TestPlainNameKeepsCleanForm(t *testing.T) {
	for _, s := range []string{
		"Andy Jassy", "Amazon Web Services", "U.S", "U.S.", "Wal - Mart", "Wal-Mart", "O'Brien", "AT&T", "A", "x",
		"Apple Inc.", "Ltd.", "Jr.", "St. Louis", "Smith.", "-Smith", "Smith-", "'Smith", "Smith'", "Mr  Smith",
		"Bank of England", "1 2 3", "J.K. Rowling",
	} {
		if !plainName(s) {
			continue
		}
		if got := repairForm(s); got != s {
			t.Errorf("plainName(%q) but the repairs make %q", s, got)
		}
	}
}

func FuzzPlainName(f *testing.F) {
	for _, s := range []string{"Andy Jassy", "St. Louis", "O'Brien", "A-B C.D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if plainName(s) {
			if got := repairForm(s); got != s {
				t.Errorf("plainName(%q) but the repairs make %q", s, got)
			}
		}
	})
}

// FuzzHashLower holds hashLower to the hash of the lower-cased string it
// stands for.
func FuzzHashLower(f *testing.F) {
	for _, s := range []string{"Andy Jassy", "ZÜRICH", "İstanbul", "ΑΘΗΝΑ", "a\xffB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hashLower(fnvOffset, s), hashStr(fnvOffset, strings.ToLower(s)); got != want {
			t.Errorf("hashLower(%q) = %x, want %x", s, got, want)
		}
	})
}
