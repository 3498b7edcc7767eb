package mention

import (
	"strings"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
)

// Skeleton returns the consonant skeleton of a folded name word: its first
// letter, then its consonants without vowels (a, e, i, o, u, y, w), doubled
// letters made one, and the letters transliterations swap made one: q is k;
// a first g or c is k; dh, th, ph, gh, kh are d, t, f, g, h. Transliterations
// of one name mostly differ in just these: "tartus"/"tartous" → "trts",
// "shaibani"/"shibani" → "shbn", "ahmad"/"ahmed" → "ahmd", "hmeimim"/"khmeimim" → "hmmm",
// "qaddafi"/"gaddafi"/"kadhafi" → "kdf".
func Skeleton(w string) string {
	var b strings.Builder
	var last rune
	rs := []rune(w)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if i > 0 && strings.ContainsRune("aeiouyw'-", r) {
			last = 0 // "hmeimim" keeps its three m's
			continue
		}
		switch {
		case r == 'k' && i+1 < len(rs) && rs[i+1] == 'h':
			continue // kh is h: "Khmeimim", "Hmeimim"
		case r == 'q':
			r = 'k'
		case i == 0 && (r == 'g' || r == 'c'):
			r = 'k'
		case i > 0 && r == 'h' && strings.ContainsRune("dtpg", rs[i-1]):
			continue // the h of dh, th, ph, gh
		}
		if i > 0 && rs[i-1] == 'p' && rs[i] == 'h' {
			r = 'f'
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
// one name: the same skeleton (so the same first sound) and a Jaro-Winkler
// similarity of at least 0.85 (0.80 for words of six letters or more). It holds for Tartus/Tartous, Ahmad/Ahmed,
// Shaibani/Shibani, and not for Syria/Russia, Iran/Iraq or Bashar/Hafez.
func SpellingVariant(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	if Skeleton(a) != Skeleton(b) || vowelSwapName(a, b) {
		return false
	}
	// long words may differ more ("gaddafi"/"kadhafi" 0.81)
	threshold := 0.85
	if min(len(a), len(b)) >= 6 {
		threshold = 0.80
	}
	return JaroWinkler(a, b) >= threshold
}
