package compare

import (
	"fmt"
	"sort"
)

// variantFindings turns the spelling variants entity resolution found
// (Ahmad/Ahmed al-Sharaa, Tartus/Tartous) into findings, with the articles
// that write each form.
func (s *Story) variantFindings() []Finding {
	idx := map[string]int{}
	for i, x := range s.Extractions {
		idx[x.Article.ID] = i
	}
	ent := map[string]int{}
	for i, e := range s.Entities {
		ent[e.ID] = i
	}
	var out []Finding
	for _, v := range s.resolved.Variants {
		ei := ent[v.Entity]
		e := s.Entities[ei]
		f := Finding{Verdict: Variant, Topic: fmt.Sprintf("spelling of %s", e.Name), Central: s.central(ei)}
		for _, side := range []struct {
			form string
			docs []string
		}{{v.FormA, v.DocsA}, {v.FormB, v.DocsB}} {
			sd := Side{Value: side.form}
			for _, d := range side.docs {
				sd.Articles = append(sd.Articles, idx[d])
			}
			sort.Ints(sd.Articles)
			f.Sides = append(f.Sides, sd)
		}
		f.Explanation = fmt.Sprintf("%q (%s) and %q (%s) are two spellings of one name (%s, similarity %.2f): %s.",
			v.A, s.articleNames(f.Sides[0].Articles), v.B, s.articleNames(f.Sides[1].Articles), v.Rule, v.Score, e.Name)
		out = append(out, f)
	}
	return out
}
