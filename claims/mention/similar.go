package mention

import (
	"strings"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
)

// Skeleton returns the consonant skeleton of a folded name word: its first
// letter, then its consonants without vowels (a, e, i, o, u, y), doubled
// letters made one. Transliterations of one name mostly differ in vowels and
// doubling: "tartus"/"tartous" → "trts", "shaibani"/"shibani" → "shbn",
// "ahmad"/"ahmed" → "ahmd", "muhammad"/"mohamed" → "mhmd".
func Skeleton(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i > 0 && strings.ContainsRune("aeiouyw'-", r) {
			continue
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

var jw = func() *metrics.JaroWinkler {
	m := metrics.NewJaroWinkler()
	m.CaseSensitive = false
	return m
}()

// JaroWinkler returns the Jaro-Winkler similarity of two strings
// (github.com/adrg/strutil), in [0, 1].
func JaroWinkler(a, b string) float64 { return strutil.Similarity(a, b, jw) }

// SpellingVariant reports whether two folded name words are spellings of
// one name: the same skeleton, the same first letter and a Jaro-Winkler
// similarity of at least 0.85. It holds for Tartus/Tartous, Ahmad/Ahmed,
// Shaibani/Shibani, and not for Syria/Russia, Iran/Iraq or Bashar/Hafez.
func SpellingVariant(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 3 || len(b) < 3 || a[0] != b[0] {
		return false
	}
	return Skeleton(a) == Skeleton(b) && JaroWinkler(a, b) >= 0.85
}
