package compare

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"unicode"
)

// fold lower-cases and strips diacritics ("Rzeszów" → "rzeszow").
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// variantFindings lists, for each entity, the surface forms that spell the
// same name differently (Ahmad/Ahmed al-Sharaa, Tartus/Tartous), with the
// articles that use each. Short forms (Sharaa for Ahmed al-Sharaa) are not
// variants.
func (s *Story) variantFindings() []Finding {
	var out []Finding
	for ei, e := range s.Entities {
		forms := map[string]map[int]bool{}
		var order []string
		for _, m := range e.Mentions {
			t := s.Extractions[m.Article].Mentions[m.Mention].Text
			t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "'")
			if forms[t] == nil {
				forms[t] = map[int]bool{}
				order = append(order, t)
			}
			forms[t][m.Article] = true
		}
		sort.Strings(order)
		type pair struct{ a, b, ta, tb string }
		var pairs []pair
		for i := range order {
			for j := i + 1; j < len(order); j++ {
				if ta, tb, ok := spellingVariant(order[i], order[j]); ok {
					pairs = append(pairs, pair{order[i], order[j], ta, tb})
				}
			}
		}
		if len(pairs) == 0 {
			continue
		}
		// one finding per differing token pair ("Ahmad"/"Ahmed")
		seen := map[string]bool{}
		for _, p := range pairs {
			k := p.ta + "|" + p.tb
			if seen[k] {
				continue
			}
			seen[k] = true
			f := Finding{Verdict: Variant, Topic: fmt.Sprintf("spelling of %s", e.Name), Central: s.central(ei)}
			for _, tok := range []string{p.ta, p.tb} {
				sd := Side{Value: tok}
				am := map[int]bool{}
				var fs []string
				for _, form := range order {
					if containsToken(form, tok) {
						for a := range forms[form] {
							am[a] = true
						}
						fs = append(fs, form)
					}
				}
				sd.Articles = sortedInts(am)
				sd.Value = strings.Join(fs, " / ")
				f.Sides = append(f.Sides, sd)
			}
			f.Explanation = fmt.Sprintf("%q (%s) and %q (%s) are two spellings of one name: %s.",
				p.ta, s.articleNames(f.Sides[0].Articles), p.tb, s.articleNames(f.Sides[1].Articles), e.Name)
			out = append(out, f)
		}
	}
	return out
}

func nameTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
}

func containsToken(form, tok string) bool {
	for _, t := range nameTokens(form) {
		if t == tok {
			return true
		}
	}
	return false
}

// spellingVariant reports whether two forms of a name spell some token
// differently (returning the two tokens), as opposed to one being a short
// form of the other.
func spellingVariant(a, b string) (string, string, bool) {
	ta, tb := nameTokens(a), nameTokens(b)
	for _, x := range ta {
		for _, y := range tb {
			if x == y || fold(x) == fold(y) && x != y && false {
				continue
			}
			fx, fy := fold(x), fold(y)
			if fx == fy {
				if x != y && strings.ToLower(x) != strings.ToLower(y) {
					return x, y, true // diacritics: Rzeszów / Rzeszow
				}
				continue
			}
			if len(fx) < 3 || len(fy) < 3 || fx[0] != fy[0] {
				continue
			}
			if inAny(fx, tb) || inAny(fy, ta) {
				continue
			}
			if editDistance(fx, fy) <= 2 && editDistance(fx, fy)*4 <= max(len(fx), len(fy)) {
				return x, y, true
			}
		}
	}
	return "", "", false
}

func inAny(f string, toks []string) bool {
	for _, t := range toks {
		if fold(t) == f {
			return true
		}
	}
	return false
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
