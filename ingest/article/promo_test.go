package article

import "testing"

func TestIsPromo(t *testing.T) {
	cases := []struct {
		name, p string
		want    bool
	}{
		{"subscribe", "Subscribe to our newsletter", true},
		{"mid word subscri", "Unsubscribed readers", false},
		{"cookie", "We use cookies.", true},
		{"cookie jar", "The cookiejar was empty", false},
		{"teilen", "Artikel teilen: Facebook", true},
		{"copyright", "Copyright 2024 Example", true},
		{"copyrighted", "copyrighted material", false},
		{"accent", "Síguenos en Twitter", true},
		{"plain", "The minister said on Tuesday that taxes would rise.", false},
		{"sign up end", "Sign up", true},
		{"advertisement", "ADVERTISEMENT", true},
		{"click here", "Just click here to support us", true},
		{"conversation prompt", "Be part of the conversation", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := isPromo(c.p); got != c.want {
				t.Errorf("isPromo(%q) = %v, want %v", c.p, got, c.want)
			}
		})
	}
}
