package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/mention"
)

// placeFindings compares where one event happened. Only cities are compared
// (a city is in one country, but a country holds many cities, and crosscheck
// has no map of which): two different cities for one dated event conflict.
func (s *Story) placeFindings() []Finding {
	var out []Finding
	for _, ev := range s.Events {
		if !ev.Dated || ev.Interval.End.Sub(ev.Interval.Begin) > 2*day {
			continue // only events pinned to a day or two are one happening in one place
		}
		byCity := map[int][]ClaimRef{}
		for _, r := range ev.Claims {
			c := s.claim(r)
			p := s.argEntity(r.Article, c.Place)
			if p < 0 || !isCity(s.Entities[p]) || s.strength(r) != 2 {
				continue
			}
			byCity[p] = append(byCity[p], r)
		}
		if len(byCity) < 2 {
			continue
		}
		cities := make([]int, 0, len(byCity))
		for e := range byCity {
			cities = append(cities, e)
		}
		sort.Ints(cities)
		f := Finding{Verdict: Conflict, Central: s.central(ev.Key),
			Topic: fmt.Sprintf("place of %s's %s of %s", s.Entities[ev.Key].Name, s.eventNoun(ev), formatInterval(ev.Interval))}
		var parts []string
		for _, e := range cities {
			sd := Side{Value: s.Entities[e].Name}
			for _, r := range byCity[e] {
				addToSide(&sd, r)
			}
			f.Sides = append(f.Sides, sd)
			parts = append(parts, fmt.Sprintf("%s says %s", s.articleNames(sd.Articles), sd.Value))
		}
		f.Explanation = fmt.Sprintf("One %s on %s, two cities: %s.", s.eventNoun(ev), formatInterval(ev.Interval), strings.Join(parts, "; "))
		out = append(out, f)
	}
	return out
}

// isCity: an entity the gazetteer knows as a city or region, not a country.
func isCity(e Entity) bool {
	if e.Type != "GPE" {
		return false
	}
	g, ok := mention.Lookup(e.Name)
	return ok && g.Type == "GPE" && !g.Country
}

// polarityFindings compares claims of one event that affirm and deny it
// ("met" and "did not meet"). Between the same kind of claim, asserted by
// the articles themselves, that is a conflict; when the claimants or their
// certainty differ, it is shown as explained, with who says what.
func (s *Story) polarityFindings() []Finding {
	var out []Finding
	for _, ev := range s.Events {
		var pos, neg []ClaimRef
		for _, r := range ev.Claims {
			if s.claim(r).Negated {
				neg = append(neg, r)
			} else {
				pos = append(pos, r)
			}
		}
		if len(pos) == 0 || len(neg) == 0 {
			continue
		}
		arts := map[int]bool{}
		for _, r := range append(append([]ClaimRef{}, pos...), neg...) {
			arts[r.Article] = true
		}
		if len(arts) < 2 {
			continue
		}
		noun := s.eventNoun(ev)
		f := Finding{Central: s.central(ev.Key), Topic: fmt.Sprintf("whether %s's %s of %s happened", s.Entities[ev.Key].Name, noun, formatInterval(ev.Interval))}
		yes, no := Side{Value: "yes"}, Side{Value: "no"}
		for _, r := range pos {
			addToSide(&yes, r)
		}
		for _, r := range neg {
			addToSide(&no, r)
		}
		f.Sides = []Side{yes, no}
		same := true
		for _, p := range pos {
			for _, n := range neg {
				cp, cn := s.claim(p), s.claim(n)
				if cp.Attribution != cn.Attribution || cp.Modality != claims.Asserted || cn.Modality != claims.Asserted {
					same = false
				}
			}
		}
		if same {
			f.Verdict = Conflict
			f.Explanation = fmt.Sprintf("%s report the %s of %s; %s say it did not happen.", s.articleNames(yes.Articles), noun, formatInterval(ev.Interval), s.articleNames(no.Articles))
		} else {
			f.Verdict = Explained
			f.Explanation = fmt.Sprintf("Different claimants or certainty: %s affirm the %s (%s); %s deny it (%s).",
				s.articleNames(yes.Articles), noun, s.who(pos), s.articleNames(no.Articles), s.who(neg))
		}
		out = append(out, f)
	}
	return out
}

// who summarizes the attributions and modalities of claims.
func (s *Story) who(refs []ClaimRef) string {
	var parts []string
	for _, r := range refs {
		c := s.claim(r)
		src := c.Attribution
		if src == "" {
			src = "the article itself"
		}
		parts = append(parts, src+", "+c.Modality)
	}
	return strings.Join(uniqueStrings(parts), "; ")
}
