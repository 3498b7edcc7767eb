package resolve

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims/mention"
)

// words returns the lower-case words of a name without particles and, for a
// facility, without its facility word; diacritics are kept, so that
// "Nicolás" and "Nicolas" differ.
func words(text, typ string) []string {
	t := text
	if typ == "FACILITY" {
		core, _ := mention.Core(text)
		// Core folds; keep the written words that fold to the core
		var out []string
		for _, w := range rawWords(t) {
			if len(out) < len(core) && mention.Fold(w) == core[len(out)] {
				out = append(out, w)
			}
		}
		return out
	}
	return rawWords(t)
}

func rawWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:()\"'")
		lw := strings.ToLower(w)
		if w == "" || mention.IsParticle(lw) {
			continue
		}
		if pre, rest, ok := strings.Cut(w, "-"); ok && mention.IsParticle(strings.ToLower(pre)) {
			w = rest
		}
		out = append(out, w)
	}
	return out
}

// variants lists the spelling variants of one entity: words written
// differently by its mentions that are spellings, transliterations,
// nicknames or diacritic forms of one another. A word the other form lacks
// (a short form) is no variant.
func variants(e *Entity, docs []Doc, idx map[string]int) []Variant {
	type use struct {
		written string
		docs    []string
		form    string // fullest form using it
	}
	uses := map[string]*use{} // lower-case word → use
	forms := map[string][]string{}
	var formOrder []string
	for _, r := range e.Mentions {
		m := &docs[r.Doc].Mentions[r.Mention]
		id := docs[r.Doc].ID
		if _, ok := forms[m.Text]; !ok {
			formOrder = append(formOrder, m.Text)
		}
		if !contains(forms[m.Text], id) {
			forms[m.Text] = append(forms[m.Text], id)
		}
	}
	for _, f := range formOrder {
		for _, w := range words(f, e.Type) {
			k := strings.ToLower(w)
			u, ok := uses[k]
			if !ok {
				u = &use{written: w, form: f}
				uses[k] = u
			}
			if len(mention.Tokens(f)) > len(mention.Tokens(u.form)) {
				u.form = f
			}
			for _, id := range forms[f] {
				if !contains(u.docs, id) {
					u.docs = append(u.docs, id)
				}
			}
		}
	}
	// pairs of forms: a word of one that the other does not have, matched to
	// a word of the other that the first does not have
	seen := map[[2]string]bool{}
	var out []Variant
	for i, fa := range formOrder {
		wa := lowerWords(fa, e.Type)
		for _, fb := range formOrder[i+1:] {
			wb := lowerWords(fb, e.Type)
			for _, x := range wa {
				if contains(wb, x) {
					continue
				}
				for _, y := range wb {
					if contains(wa, y) {
						continue
					}
					rule, score, ok := sameWord(x, y)
					if !ok {
						continue
					}
					k := [2]string{x, y}
					if x > y {
						k = [2]string{y, x}
					}
					if seen[k] {
						continue
					}
					seen[k] = true
					ua, ub := uses[k[0]], uses[k[1]]
					if ua == nil || ub == nil {
						continue
					}
					// the spelling written first in the input is A
					if firstDoc(ub.docs, idx) < firstDoc(ua.docs, idx) {
						ua, ub = ub, ua
					}
					out = append(out, Variant{Entity: e.ID, A: ua.written, B: ub.written, FormA: ua.form, FormB: ub.form,
						DocsA: sortedDocs(ua.docs, idx), DocsB: sortedDocs(ub.docs, idx), Rule: rule, Score: score})
				}
			}
		}
	}
	return out
}

func lowerWords(f, typ string) []string {
	w := words(f, typ)
	for i := range w {
		w[i] = strings.ToLower(w[i])
	}
	return w
}

// sameWord reports whether two different lower-case words are forms of one
// name word, and how.
func sameWord(x, y string) (string, float64, bool) {
	fx, fy := mention.Fold(x), mention.Fold(y)
	switch {
	case fx == fy:
		return "diacritics", 1, true
	case sameGroup(fx, fy):
		return "name table", mention.JaroWinkler(fx, fy), true
	case mention.SpellingVariant(fx, fy):
		return "spelling", mention.JaroWinkler(fx, fy), true
	}
	return "", 0, false
}

func docIndex(docs []Doc) map[string]int {
	m := make(map[string]int, len(docs))
	for i, d := range docs {
		if _, ok := m[d.ID]; !ok {
			m[d.ID] = i
		}
	}
	return m
}

func firstDoc(ids []string, idx map[string]int) int {
	best := len(idx)
	for _, id := range ids {
		best = min(best, idx[id])
	}
	return best
}

func sortedDocs(ids []string, idx map[string]int) []string {
	out := append([]string(nil), ids...)
	sort.Slice(out, func(i, j int) bool { return idx[out[i]] < idx[out[j]] })
	return out
}
