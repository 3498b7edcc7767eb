package compare

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/timex"
)

const day = 24 * time.Hour

// pubWidth is how uncertain a publication date is; unknown dates are
// infinitely uncertain.
func pubWidth(p timex.Published) time.Duration {
	iv := pubInterval(p)
	if iv.IsZero() {
		return 1 << 62
	}
	return iv.End.Sub(iv.Begin)
}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// reliable reports whether a claim's time can date an event for other
// articles.
func (s *Story) reliable(r ClaimRef) bool { return s.strength(r) == 2 }

func sameYear(iv timex.Interval) bool {
	return !iv.IsZero() && iv.Begin.Year() == iv.End.Add(-time.Nanosecond).Year()
}

var monthWords = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func hasCalendarWord(t string) bool {
	l := strings.ToLower(t)
	if strings.ContainsAny(l, "0123456789") {
		for _, m := range monthWords {
			if strings.Contains(l, m) {
				return true
			}
		}
	}
	return false
}

// narrowPublished narrows the publication dates that metadata and text left
// uncertain, using events dated in other articles: a claim whose relative
// date ("on Wednesday", "ten months ago") or whose publication-dated lead
// event can only be one known event fixes the days its article can have been
// published on. It repeats until nothing changes, re-resolving each narrowed
// article's dates.
func (s *Story) narrowPublished() {
	for round := 0; round < 5; round++ {
		s.buildReliableEvents()
		keys := s.blockKeys()
		byBlock := map[blockID][]int{}
		for ei, e := range s.reliableEvents {
			b := blockID{e.Family, e.Key}
			byBlock[b] = append(byBlock[b], ei)
		}
		changed := false
		for ai, x := range s.Extractions {
			if pubWidth(x.Published) <= day || x.Published.Source == "metadata" {
				continue
			}
			if p, ok := s.solvePublished(ai, keys, byBlock); ok {
				x.Reresolve(p)
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// buildReliableEvents builds events from reliably dated claims only, so that
// an article's uncertain dates never date the events used to narrow it.
func (s *Story) buildReliableEvents() {
	s.buildEvents()
	var keep []Event
	for _, e := range s.Events {
		var cl []ClaimRef
		iv := timex.Interval{}
		for _, r := range e.Claims {
			if !s.reliable(r) {
				continue
			}
			cl = append(cl, r)
			civ := s.claim(r).Time.Interval
			if iv.IsZero() {
				iv = civ
			} else if x := intersect(iv, civ); !x.IsZero() {
				iv = x
			}
		}
		if len(cl) == 0 {
			continue
		}
		e.Claims, e.Interval = cl, iv
		keep = append(keep, e)
	}
	s.reliableEvents = keep
}

type constraint struct {
	lo, hi   time.Time // valid publication days [lo, hi]
	claim    ClaimRef
	event    int
	strength int // 2 ordinal or once-frame identity, 1 time alone
	planned  bool
	ownTimex int
}

func (s *Story) solvePublished(ai int, keys map[ClaimRef]int, byBlock map[blockID][]int) (timex.Published, bool) {
	x := s.Extractions[ai]
	cur := pubInterval(x.Published)
	var cons []constraint
	for ci := range x.Claims {
		c := &x.Claims[ci]
		ref := ClaimRef{ai, ci}
		key, ok := keys[ref]
		if !ok || !eventFrame(c.Predicate) {
			continue
		}
		if c.Time == nil {
			continue
		}
		relative := c.Time.Timex >= 0 && x.Timexes[c.Time.Timex].Relative()
		weak := c.Time.Source == "publication" && c.Modality != claims.Planned
		if !relative && !weak {
			continue
		}
		cands := byBlock[blockID{s.blockFamily(ref), key}]
		if len(cands) == 0 {
			continue
		}
		strength := 1
		if s.onceKeyed[ref] && len(cands) == 1 {
			strength = 2
		}
		lo, hi := searchRange(cur, s.reliableEvents, cands)
		var fits []constraint
		for _, ei := range cands {
			e := s.reliableEvents[ei]
			var clo, chi time.Time
			if relative {
				clo, chi, ok = s.daysResolvingInto(ai, c.Time.Timex, e.Interval, lo, hi)
			} else {
				clo, chi = e.Interval.Begin, e.Interval.Begin.Add(6*day)
				ok = !chi.Before(lo) && !clo.After(hi)
				if clo.Before(lo) {
					clo = lo
				}
				if chi.After(hi) {
					chi = hi
				}
			}
			if ok {
				fits = append(fits, constraint{lo: clo, hi: chi, claim: ref, event: ei, strength: strength, planned: c.Modality == claims.Planned, ownTimex: c.Time.Timex})
			}
		}
		// an ordinal picks its place in the series when times alone cannot
		if len(fits) > 1 && c.Ordinal > 0 {
			var pick []constraint
			for _, f := range fits {
				if s.reliableEvents[f.event].Position == c.Ordinal {
					f.strength = 2
					pick = append(pick, f)
				}
			}
			fits = pick
		}
		if len(fits) == 1 {
			cons = append(cons, fits[0])
		}
	}
	if len(cons) == 0 {
		return timex.Published{}, false
	}
	// strongest first; intersect what agrees
	sort.SliceStable(cons, func(i, j int) bool { return cons[i].strength > cons[j].strength })
	lo, hi := cons[0].lo, cons[0].hi
	used := []constraint{cons[0]}
	for _, c := range cons[1:] {
		nlo, nhi := maxTime(lo, c.lo), minTime(hi, c.hi)
		if nhi.Before(nlo) {
			continue
		}
		lo, hi = nlo, nhi
		used = append(used, c)
	}
	iv := timex.Interval{Begin: lo, End: hi.Add(day)}
	if !cur.IsZero() && iv.End.Sub(iv.Begin) >= cur.End.Sub(cur.Begin) {
		return timex.Published{}, false // nothing learned
	}
	p := timex.Published{Source: "corpus", Evidence: s.pubEvidence(ai, used)}
	if iv.End.Sub(iv.Begin) <= 8*day {
		d := s.pickDay(ai, lo, hi, used)
		p.Interval = timex.Interval{Begin: d, End: d.Add(day)}
		p.Value = d.Format("2006-01-02")
	} else {
		p.Interval = iv
		last := iv.End.Add(-day)
		switch {
		case lo.Year() == last.Year() && lo.Month() == last.Month():
			p.Value = lo.Format("2006-01")
		case lo.Year() == last.Year():
			p.Value = lo.Format("2006")
		default:
			p.Value = ""
		}
	}
	return p, true
}

// searchRange bounds the publication days to search: the current interval,
// or around the candidate events when the date is unknown.
func searchRange(cur timex.Interval, evs []Event, cands []int) (time.Time, time.Time) {
	lo, hi := evs[cands[0]].Interval.Begin, evs[cands[0]].Interval.End
	for _, ei := range cands[1:] {
		lo, hi = minTime(lo, evs[ei].Interval.Begin), maxTime(hi, evs[ei].Interval.End)
	}
	lo, hi = lo.AddDate(-3, 0, 0), hi.AddDate(3, 0, 0)
	if !cur.IsZero() {
		lo, hi = maxTime(lo, cur.Begin), minTime(hi, cur.End.Add(-day))
	}
	return lo, hi
}

// daysResolvingInto finds the publication days in [lo, hi] for which the
// article's timex ti resolves into target. Relative expressions move forward
// with the publication date, so the days form one range found by binary
// search.
func (s *Story) daysResolvingInto(ai, ti int, target timex.Interval, lo, hi time.Time) (time.Time, time.Time, bool) {
	if hi.Before(lo) {
		return lo, hi, false
	}
	x := s.Extractions[ai]
	res := func(d time.Time) timex.Interval {
		p := timex.Published{Value: d.Format("2006-01-02"), Interval: timex.Interval{Begin: d, End: d.Add(day)}, Source: "corpus"}
		out := timex.Resolve(x.Article, []timex.Timex{x.Timexes[ti]}, p)
		if len(out) == 0 {
			return timex.Interval{}
		}
		return out[0].Interval
	}
	n := int(hi.Sub(lo)/day) + 1
	// first day whose resolution does not end before the target begins
	a := sort.Search(n, func(k int) bool {
		iv := res(lo.Add(time.Duration(k) * day))
		return !iv.IsZero() && iv.End.After(target.Begin)
	})
	// first day whose resolution begins at or after the target's end
	b := sort.Search(n, func(k int) bool {
		iv := res(lo.Add(time.Duration(k) * day))
		return !iv.IsZero() && !iv.Begin.Before(target.End)
	})
	if a >= b {
		return lo, hi, false
	}
	first, last := lo.Add(time.Duration(a)*day), lo.Add(time.Duration(b-1)*day)
	if overlap(res(first), target) <= 0 || overlap(res(last), target) <= 0 {
		return lo, hi, false
	}
	return first, last, true
}

// pickDay chooses a publication day in [lo, hi]: the weekday the article
// reports something on ("reports ... on Monday"), else for a past event the
// first day (news is told the day it happens), for a planned one the last.
func (s *Story) pickDay(ai int, lo, hi time.Time, used []constraint) time.Time {
	x := s.Extractions[ai]
	own := map[string]bool{}
	planned := false
	for _, c := range used {
		if c.ownTimex >= 0 {
			own[strings.ToLower(x.Timexes[c.ownTimex].Text)] = true
		}
		planned = planned || c.planned
	}
	for _, t := range x.Timexes {
		if own[strings.ToLower(t.Text)] {
			continue // the event's own weekday, however often it is repeated
		}
		wd, ok := weekdays[strings.ToLower(strings.TrimSpace(t.Text))]
		if !ok {
			continue
		}
		for d := lo; !d.After(hi); d = d.Add(day) {
			if d.Weekday() == wd {
				return d
			}
		}
	}
	if planned {
		return hi
	}
	return lo
}

func (s *Story) pubEvidence(ai int, used []constraint) string {
	var parts []string
	for _, c := range used {
		x := s.Extractions[ai]
		cl := x.Claims[c.claim.Claim]
		e := s.reliableEvents[c.event]
		what := quoteText(x, cl)
		var by []string
		for _, r := range e.Claims {
			by = append(by, s.Extractions[r.Article].Article.ID)
		}
		by = uniqueStrings(by)
		parts = append(parts, fmt.Sprintf("%s is the %s dated %s by %s", what, s.eventNoun(e), formatInterval(e.Interval), strings.Join(by, ", ")))
	}
	return strings.Join(parts, "; ")
}

func quoteText(x *claims.Extraction, c claims.Claim) string {
	if c.Time != nil && c.Time.Timex >= 0 {
		return fmt.Sprintf("%q (%s)", x.Timexes[c.Time.Timex].Text, c.Trigger)
	}
	return fmt.Sprintf("%q", c.Trigger)
}

func uniqueStrings(in []string) []string {
	sort.Strings(in)
	out := in[:0]
	for i, v := range in {
		if i == 0 || v != in[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// formatInterval renders an interval for editors: "28 Jan 2026",
// "October 2025", "2024", or "1 Oct 2025 to 15 Oct 2025".
func formatInterval(iv timex.Interval) string {
	if iv.IsZero() {
		return "an unknown date"
	}
	b, e := iv.Begin, iv.End
	switch {
	case e.Sub(b) <= day:
		return b.Format("2 Jan 2006")
	case b.Day() == 1 && e.Day() == 1 && b.AddDate(0, 1, 0).Equal(e):
		return b.Format("January 2006")
	case b.YearDay() == 1 && e.YearDay() == 1 && b.AddDate(1, 0, 0).Equal(e):
		return b.Format("2006")
	}
	return b.Format("2 Jan 2006") + " to " + e.Add(-day).Format("2 Jan 2006")
}
