package corpus

import (
	"regexp"
	"testing"
)

// TestGatedRegexp: the first-byte gate never turns away a line the pattern
// matches.
func TestGatedRegexp(t *testing.T) {
	lines := []string{
		"Photo: Staff", "PHOTO | AP", "Source:", "Share", "share on Facebook", "Read more: ferry timetables", "View all related articles",
		"Related", "Most read: the mill", "© 2026 The Ledger", "(c) Ledger", "Copyright 2026", "All rights reserved.", "Skip to main content",
		"Listen to this article", "4 min read", "Breadcrumb", "Home > World", "Courtesy of the family", "Advertisement", "Subscribe now",
		"The ferry ran.", "ﬁrst", "Éditions", "", " ", "1", "\u00a9 2026 Ledger",
	}
	for _, l := range Lines(furnitureData) {
		pat := `(?i)^(?:` + l + `)$`
		g, re := compileGated(pat), regexp.MustCompile(pat)
		for _, line := range lines {
			if g.MatchString(line) != re.MatchString(line) {
				t.Errorf("pattern %q on %q: gated %v, plain %v", l, line, g.MatchString(line), re.MatchString(line))
			}
		}
	}
	tests := []struct {
		desc, pat string
		in, out   string // bytes the gate lets in and turns away
	}{
		{"case-folded words", `(?i)^(?:photo|share)`, "pPsS", "tT1 "},
		{"optional prefix", `^(?:a?b)`, "ab", "c"},
		{"non-ASCII first rune lets every lead byte in", `^(?:é|x)`, "x\xc3", "y"},
		{"a class too large to list lets everything in", `^\pL+`, "a_\xff", ""},
		{"nullable pattern lets everything in", `^(?:x*)$`, "xy ", ""},
	}
	for _, tc := range tests {
		g := compileGated(tc.pat)
		for i := 0; i < len(tc.in); i++ {
			if !g.first[tc.in[i]] {
				t.Errorf("%s: %q turns away %q", tc.desc, tc.pat, tc.in[i])
			}
		}
		for i := 0; i < len(tc.out); i++ {
			if g.first[tc.out[i]] {
				t.Errorf("%s: %q lets in %q", tc.desc, tc.pat, tc.out[i])
			}
		}
	}
}
