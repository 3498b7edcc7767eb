package compare

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims/quantity"
	"github.com/crosscheck/crosscheck/claims/timex"
)

// growing frames are counts that rise as news comes in (a death toll, the
// number of arrests): a larger figure in a later report is explained.
var growing = map[string]bool{"kill": true, "die": true, "injure": true, "arrest": true, "attack": true, "quake": true, "fire": true}

type qclaim struct {
	ref ClaimRef
	q   *quantity.Quantity
}

// quantityFindings compares the numbers claims give for one thing: the
// quantities of the claims of one event ("killed 31", "killed 13"), and the
// ages given for one person.
// Figures that cannot both hold conflict, unless the reports were published
// at different times and the count is one that grows (explained), or
// different sources gave them (explained: their sources differ).
func (s *Story) quantityFindings() []Finding {
	var out []Finding
	// the quantities of each event, by unit
	for _, ev := range s.Events {
		byUnit := map[string][]qclaim{}
		for _, r := range ev.Claims {
			// a bare number ("two", "roughly 21") does not say what it counts;
			// and only claims placed in the event by their own date are
			// surely about it (one placed by its publication date may be
			// about another event of the same kind)
			if q := s.claim(r).Quantity; q != nil && (q.Unit != "" || q.Kind == quantity.KindMoney) && s.strength(r) == 2 {
				byUnit[q.Kind+"/"+q.Unit] = append(byUnit[q.Kind+"/"+q.Unit], qclaim{r, q})
			}
		}
		for _, unit := range sortedKeys(byUnit) {
			if f, ok := s.compareQuantities(byUnit[unit], fmt.Sprintf("%s in %s's %s of %s", unitLabel(byUnit[unit][0].q), s.Entities[ev.Key].Name, s.eventNoun(ev), formatInterval(ev.Interval)), s.central(ev.Key)); ok {
				out = append(out, f)
			}
		}
	}
	// standalone figures and ages, by entity and unit
	groups := map[string][]qclaim{}
	ents := map[string]int{}
	for ai, x := range s.Extractions {
		for ci := range x.Claims {
			c := &x.Claims[ci]
			// a figure on its own says too little about what it counts to be
			// compared ("13 home runs" and "105 runs" of one player are
			// different statistics); a person's age is one value
			if c.Predicate != "age" || c.Quantity == nil {
				continue
			}
			e := s.argEntity(ai, c.Subject)
			if e < 0 {
				continue
			}
			k := fmt.Sprintf("%d/%s/%s", e, c.Quantity.Kind, c.Quantity.Unit)
			groups[k] = append(groups[k], qclaim{ClaimRef{ai, ci}, c.Quantity})
			ents[k] = e
		}
	}
	for _, k := range sortedKeys(groups) {
		qs := groups[k]
		e := ents[k]
		topic := fmt.Sprintf("%s of %s", unitLabel(qs[0].q), s.Entities[e].Name)
		if qs[0].q.Kind == quantity.KindAge {
			topic = "age of " + s.Entities[e].Name
		}
		if f, ok := s.compareQuantities(qs, topic, s.central(e)); ok {
			out = append(out, f)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func unitLabel(q *quantity.Quantity) string {
	switch {
	case q.Kind == quantity.KindMoney:
		return "amount (" + q.Unit + ")"
	case q.Unit == "percent":
		return "share"
	case q.Unit == "":
		return "number"
	}
	return "number of " + q.Unit
}

// compareQuantities compares the figures of one group across articles.
func (s *Story) compareQuantities(qs []qclaim, topic string, central bool) (Finding, bool) {
	var conflictPair [2]qclaim
	found := false
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			a, b := qs[i], qs[j]
			if a.ref.Article == b.ref.Article {
				continue
			}
			// standalone figures: only reports close in time describe the same state
			pa, pb := pubInterval(s.Published(a.ref.Article)), pubInterval(s.Published(b.ref.Article))
			if s.claim(a.ref).Predicate != "age" && !pa.IsZero() && !pb.IsZero() && gap(pa, pb) > 7*day && s.eventOf[a.ref] != s.eventOf[b.ref] {
				continue
			}
			if v, _ := quantity.Compare(*a.q, *b.q); v == quantity.Conflict {
				conflictPair, found = [2]qclaim{a, b}, true
				break
			}
		}
		if found {
			break
		}
	}
	if !found {
		return Finding{}, false
	}
	f := Finding{Topic: topic, Central: central, Verdict: Conflict}
	byVal := map[string]*Side{}
	var order []string
	for _, q := range qs {
		v := q.q.Text
		if _, ok := byVal[v]; !ok {
			byVal[v] = &Side{Value: v}
			order = append(order, v)
		}
		addToSide(byVal[v], q.ref)
	}
	for _, v := range order {
		f.Sides = append(f.Sides, *byVal[v])
	}
	a, b := conflictPair[0], conflictPair[1]
	_, reason := quantity.Compare(*a.q, *b.q)
	ca, cb := s.claim(a.ref), s.claim(b.ref)
	pa, pb := pubInterval(s.Published(a.ref.Article)), pubInterval(s.Published(b.ref.Article))
	switch {
	case ca.Attribution != "" && cb.Attribution != "" && !strings.EqualFold(ca.Attribution, cb.Attribution):
		f.Verdict = Explained
		f.Explanation = fmt.Sprintf("%s %s gives %q, %s %s gives %q: different sources' figures, not one source contradicting another.",
			s.articleName(a.ref.Article), ca.Attribution, a.q.Text, s.articleName(b.ref.Article), cb.Attribution, b.q.Text)
	case growing[ca.Predicate] && !pa.IsZero() && !pb.IsZero() && gap(pa, pb) > 0 && later(pa, pb) == (b.q.Value > a.q.Value):
		f.Verdict = Explained
		f.Explanation = fmt.Sprintf("The count rose between reports: %s (%s) gives %q, %s (%s) gives %q.",
			s.articleName(a.ref.Article), formatInterval(pa), a.q.Text, s.articleName(b.ref.Article), formatInterval(pb), b.q.Text)
	case ca.Predicate == "age" && !pa.IsZero() && !pb.IsZero() && gap(pa, pb) > 300*day:
		f.Verdict = Explained
		f.Explanation = fmt.Sprintf("The reports are a year or more apart (%s, %s): the age will have changed.", formatInterval(pa), formatInterval(pb))
	default:
		f.Explanation = fmt.Sprintf("%s says %q and %s says %q: %s.", s.articleName(a.ref.Article), a.q.Text, s.articleName(b.ref.Article), b.q.Text, reason)
	}
	return f, true
}

// gap is the time between two intervals (0 when they overlap).
func gap(a, b timex.Interval) time.Duration {
	switch {
	case !a.End.After(b.Begin):
		return b.Begin.Sub(a.End)
	case !b.End.After(a.Begin):
		return a.Begin.Sub(b.End)
	}
	return 0
}

// later reports whether b lies after a.
func later(a, b timex.Interval) bool { return b.Begin.After(a.Begin) }
