package compare

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/timex"
)

// findings runs every comparison and ranks what it found.
func (s *Story) findings(opt Options) {
	var fs []Finding
	fs = append(fs, s.ordinalFindings()...)
	fs = append(fs, s.titleFindings()...)
	fs = append(fs, s.onceDateFindings(opt.All)...)
	fs = append(fs, s.quantityFindings()...)
	fs = append(fs, s.placeFindings()...)
	fs = append(fs, s.polarityFindings()...)
	fs = append(fs, s.variantFindings()...)
	rank := map[string]int{Conflict: 0, Explained: 1, Variant: 2, Agree: 3}
	for i := range fs {
		fs[i].Score = float64(len(s.findingArticles(&fs[i])))
		if fs[i].Central {
			fs[i].Score += 100
		}
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if rank[fs[i].Verdict] != rank[fs[j].Verdict] {
			return rank[fs[i].Verdict] < rank[fs[j].Verdict]
		}
		if fs[i].Score != fs[j].Score {
			return fs[i].Score > fs[j].Score
		}
		return fs[i].Topic < fs[j].Topic
	})
	for i := range fs {
		if fs[i].Verdict == Agree && !opt.All {
			continue
		}
		fs[i].ID = "f" + strconv.Itoa(len(s.Findings)+1)
		s.Findings = append(s.Findings, fs[i])
	}
	if opt.All {
		s.Omissions = s.omissions()
	}
}

func (s *Story) findingArticles(f *Finding) map[int]bool {
	m := map[int]bool{}
	for _, sd := range f.Sides {
		for _, a := range sd.Articles {
			m[a] = true
		}
	}
	return m
}

// central reports whether an entity is among the story's most named.
func (s *Story) central(e int) bool {
	if e < 0 {
		return false
	}
	n := len(s.Entities[e].Mentions)
	bigger := 0
	for _, o := range s.Entities {
		if len(o.Mentions) > n {
			bigger++
		}
	}
	return bigger < 3
}

// articleName is how explanations name an article: its outlet and id.
func (s *Story) articleName(ai int) string {
	a := s.Extractions[ai].Article
	if a.Outlet != "" {
		return a.Outlet + " (" + a.ID + ")"
	}
	return a.ID
}

func (s *Story) articleNames(ais []int) string {
	var out []string
	for _, ai := range ais {
		out = append(out, s.articleName(ai))
	}
	return joinAnd(out)
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// eventNoun names an event: "visit" for the encounter family, else the noun
// its articles use most ("fall", "attack"), else its frame.
func (s *Story) eventNoun(e Event) string {
	if e.Family == "encounter" {
		return "visit" // visits, meetings, talks and trips of one trip
	}
	count := map[string]int{}
	for _, r := range e.Claims {
		c := s.claim(r)
		if !c.Nominal {
			continue
		}
		t := strings.ToLower(c.Trigger)
		if strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
			t = strings.TrimSuffix(t, "s")
		}
		count[t]++
	}
	best, n := "", 0
	for t, k := range count {
		if k > n || (k == n && t < best) {
			best, n = t, k
		}
	}
	if best != "" {
		return best
	}
	return s.claim(e.Claims[0]).Predicate
}

var ordinalWords = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

func ordinalWord(n int) string {
	if n > 0 && n < len(ordinalWords) {
		return ordinalWords[n]
	}
	return strconv.Itoa(n) + "th"
}

// ordinalFindings compares the ordinals ("first visit", "second visit") that
// articles give the events of one series. An ordinal fits its event when no
// earlier event of the series is known that it would contradict: "first" for
// the later of two known visits does not fit, "second" for a visit with one
// known before it does. Different ordinals that all fit are explained by the
// events being different.
func (s *Story) ordinalFindings() []Finding {
	byBlock := map[blockID][]int{}
	var order []blockID
	for ei, e := range s.Events {
		if e.Position == 0 {
			continue
		}
		b := blockID{e.Family, e.Key}
		if _, ok := byBlock[b]; !ok {
			order = append(order, b)
		}
		byBlock[b] = append(byBlock[b], ei)
	}
	var out []Finding
	for _, b := range order {
		evs := byBlock[b]
		type oc struct {
			ref ClaimRef
			ev  int
			n   int
		}
		var ocs []oc
		arts := map[int]bool{}
		vals := map[int]bool{}
		for _, ei := range evs {
			for _, r := range s.Events[ei].Claims {
				if c := s.claim(r); c.Ordinal > 0 {
					ocs = append(ocs, oc{r, ei, c.Ordinal})
					arts[r.Article] = true
					vals[c.Ordinal] = true
				}
			}
		}
		// misfits: an ordinal smaller than the event's known place ("first"
		// for a visit with one known before it)
		var misfit []oc
		for _, o := range ocs {
			if o.n < s.Events[o.ev].Position {
				misfit = append(misfit, o)
			}
		}
		if len(arts) < 2 || len(vals) < 2 && len(misfit) == 0 {
			continue
		}
		noun := s.eventNoun(s.Events[evs[0]])
		who := s.Entities[b.key].Name
		f := Finding{Topic: fmt.Sprintf("ordinal of %s's %s%s", who, noun, s.placeSuffix(evs)), Central: s.central(b.key)}
		// one side per ordinal and event: "first (15 Oct 2025)"
		type sideKey struct{ n, ev int }
		var keys []sideKey
		seenKey := map[sideKey]bool{}
		for _, o := range ocs {
			k := sideKey{o.n, o.ev}
			if !seenKey[k] {
				seenKey[k] = true
				keys = append(keys, k)
			}
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].n != keys[j].n {
				return keys[i].n < keys[j].n
			}
			return s.Events[keys[i].ev].Interval.Begin.Before(s.Events[keys[j].ev].Interval.Begin)
		})
		for _, k := range keys {
			ev := s.Events[k.ev]
			sd := Side{Value: fmt.Sprintf("%s (%s)", ordinalWord(k.n), formatInterval(ev.Interval)), Time: formatInterval(ev.Interval)}
			for _, o := range ocs {
				if o.n == k.n && o.ev == k.ev {
					addToSide(&sd, o.ref)
				}
			}
			f.Sides = append(f.Sides, sd)
		}
		if len(misfit) > 0 {
			f.Verdict = Conflict
			var parts []string
			seen := map[string]bool{}
			for _, o := range misfit {
				ev := s.Events[o.ev]
				k := fmt.Sprint(o.ref.Article, o.ev, o.n)
				if seen[k] {
					continue
				}
				seen[k] = true
				var before []string
				for _, ei := range evs {
					if s.Events[ei].Position > 0 && s.Events[ei].Position < ev.Position {
						before = append(before, formatInterval(s.Events[ei].Interval))
					}
				}
				parts = append(parts, fmt.Sprintf("%s calls the %s of %s the %s, but %d earlier %s known (%s)",
					s.articleName(o.ref.Article), noun, formatInterval(ev.Interval), ordinalWord(o.n), len(before), plural(len(before), "one is", "ones are"), strings.Join(uniqueStrings(before), ", ")))
			}
			f.Explanation = strings.Join(uniqueStrings(parts), "; ") + "."
		} else {
			f.Verdict = Explained
			var parts []string
			for _, ei := range evs {
				ev := s.Events[ei]
				am := map[int]bool{}
				var ords []string
				for _, o := range ocs {
					if o.ev == ei {
						am[o.ref.Article] = true
						ords = append(ords, ordinalWord(o.n))
					}
				}
				if len(am) == 0 {
					parts = append(parts, fmt.Sprintf("%s (no ordinal given)", formatInterval(ev.Interval)))
					continue
				}
				parts = append(parts, fmt.Sprintf("%s, called the %s by %s", formatInterval(ev.Interval), strings.Join(uniqueStrings(ords), "/"), s.articleNames(sortedInts(am))))
			}
			f.Explanation = fmt.Sprintf("Not a contradiction: the articles describe %d different %ss: %s. Each ordinal fits the %s it describes.",
				len(evs), noun, strings.Join(parts, "; "), noun)
		}
		out = append(out, f)
	}
	return out
}

// placeSuffix names the most common place of a block's events: " to Moscow".
func (s *Story) placeSuffix(evs []int) string {
	count := map[int]int{}
	for _, ei := range evs {
		for _, r := range s.Events[ei].Claims {
			if p := s.argEntity(r.Article, s.claim(r).Place); p >= 0 {
				count[p]++
			}
		}
	}
	best, n := -1, 0
	for e, k := range count {
		if k > n || (k == n && e < best) {
			best, n = e, k
		}
	}
	if best < 0 {
		return ""
	}
	return " to " + s.Entities[best].Name
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func sortedInts(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// titleFindings compares the titles given to each person over time. A title
// change stated in the text ("was formally appointed president later that
// year") holds from its time on: a later description with the superseded
// title ("Interim President") conflicts with it; one whose time may fall
// before the change is explained. Titles that only differ in how specific
// they are ("President" and "Interim President" on one day) agree.
// tclaim is a title claim placed in time.
type tclaim struct {
	ref   ClaimRef
	value string
	iv    timex.Interval
	from  bool   // a change or "since" statement: holds from iv on
	label string // iv for editors: "late 2025", "28 Jan 2026"
}

func (s *Story) titleFindings() []Finding {
	per := map[int][]tclaim{}
	var people []int
	for ai, x := range s.Extractions {
		for ci := range x.Claims {
			c := &x.Claims[ci]
			if c.Predicate != "title" || c.Object == nil || c.Negated {
				continue
			}
			e := s.argEntity(ai, c.Subject)
			if e < 0 || s.Entities[e].Type != "PERSON" {
				continue
			}
			tc := tclaim{ref: ClaimRef{ai, ci}, value: normTitle(c.Object.Text)}
			if c.Time != nil && !c.Time.Interval.IsZero() && c.Time.Source == "clause" {
				tc.iv, tc.from = c.Time.Interval, true
				tc.label = humanTime(c.Time.Value, c.Time.Mod, c.Time.Interval)
			} else {
				tc.iv = pubInterval(x.Published)
				tc.label = humanTime(x.Published.Value, "", tc.iv)
			}
			if tc.iv.IsZero() {
				continue
			}
			if _, ok := per[e]; !ok {
				people = append(people, e)
			}
			per[e] = append(per[e], tc)
		}
	}
	var out []Finding
	for _, e := range people {
		tcs := per[e]
		var froms, descs []tclaim
		for _, t := range tcs {
			if t.from {
				froms = append(froms, t)
			} else {
				descs = append(descs, t)
			}
		}
		sort.SliceStable(froms, func(i, j int) bool { return froms[i].iv.Begin.Before(froms[j].iv.Begin) })
		type key struct {
			month string
			desc  string
			from  string
		}
		groups := map[key]*Finding{}
		var gorder []key
		for _, d := range descs {
			for fi, f := range froms {
				if compatibleTitle(d.value, f.value) {
					continue
				}
				// is d's value the one f superseded?
				superseded := false
				for _, g := range froms[:fi] {
					if g.value == d.value || compatibleTitle(d.value, g.value) {
						superseded = true
					}
				}
				if !superseded && !strings.Contains(d.value, f.value) && !strings.Contains(f.value, d.value) {
					continue // unrelated roles: not this comparison
				}
				var verdict string
				switch {
				case !f.iv.End.After(d.iv.Begin):
					verdict = Conflict // the change came before the description
				case overlap(f.iv, d.iv) > 0 || !f.iv.Begin.Before(d.iv.End):
					if !f.iv.Begin.Before(d.iv.End) {
						continue // the change came after: d is simply earlier
					}
					verdict = Explained
				}
				k := key{d.iv.Begin.Format("2006-01"), d.value, f.value}
				g, ok := groups[k]
				if !ok {
					g = &Finding{Verdict: verdict, Central: s.central(e),
						Topic: fmt.Sprintf("%s's title in %s", s.Entities[e].Name, d.iv.Begin.Format("January 2006"))}
					g.Sides = []Side{{Value: d.value, Time: d.label}, {Value: f.value, Time: "from " + f.label}}
					groups[k] = g
					gorder = append(gorder, k)
				}
				if verdict == Conflict {
					g.Verdict = Conflict
				}
				addToSide(&g.Sides[0], d.ref)
				addToSide(&g.Sides[1], f.ref)
			}
		}
		for _, k := range gorder {
			g := groups[k]
			// descriptions at the same time that agree with the change
			for _, d := range descs {
				if d.value != k.desc && compatibleTitle(d.value, k.from) && d.iv.Begin.Format("2006-01") == k.month {
					addToSide(&g.Sides[1], d.ref)
				}
			}
			dArts := s.articleNames(g.Sides[0].Articles)
			fClaim := s.claim(g.Sides[1].Claims[0])
			fArt := s.articleName(g.Sides[1].Claims[0].Article)
			if g.Verdict == Conflict {
				g.Explanation = fmt.Sprintf("%s calls %s %q on %s, but %s says %s was %s %s in %s, so by then the title was %q.",
					dArts, s.Entities[e].Name, k.desc, g.Sides[0].Time, fArt, s.Entities[e].Name, strings.ToLower(fClaim.Trigger), k.from, strings.TrimPrefix(g.Sides[1].Time, "from "), k.from)
			} else {
				g.Explanation = fmt.Sprintf("%s calls %s %q on %s; %s says %s was %s %s in %s. Both hold if the change came after %s.",
					dArts, s.Entities[e].Name, k.desc, g.Sides[0].Time, fArt, s.Entities[e].Name, strings.ToLower(fClaim.Trigger), k.from, strings.TrimPrefix(g.Sides[1].Time, "from "), g.Sides[0].Time)
			}
			if len(g.Sides[1].Articles) > 1 {
				g.Explanation += fmt.Sprintf(" %s use %q at the time.", s.articleNames(g.Sides[1].Articles), k.from)
			}
			out = append(out, *g)
		}
		// descriptions at one time that cannot both hold
		out = append(out, s.sameTimeTitleConflicts(e, descs)...)
	}
	return out
}

// sameTimeTitleConflicts: two descriptions of one person on overlapping days
// with titles neither of which is a form of the other ("foreign minister" and
// "defence minister").
func (s *Story) sameTimeTitleConflicts(e int, ds []tclaim) []Finding {
	var out []Finding
	done := map[string]bool{}
	for i := range ds {
		for j := i + 1; j < len(ds); j++ {
			a, b := ds[i], ds[j]
			if a.ref.Article == b.ref.Article || compatibleTitle(a.value, b.value) || compatibleTitle(b.value, a.value) || overlap(a.iv, b.iv) <= 0 || !exclusiveTitles(a.value, b.value) {
				continue
			}
			k := a.value + "|" + b.value
			if done[k] {
				continue
			}
			done[k] = true
			f := Finding{Verdict: Conflict, Central: s.central(e), Topic: fmt.Sprintf("%s's title", s.Entities[e].Name)}
			f.Sides = []Side{{Value: a.value}, {Value: b.value}}
			for _, d := range ds {
				if d.value == a.value {
					addToSide(&f.Sides[0], d.ref)
				} else if d.value == b.value {
					addToSide(&f.Sides[1], d.ref)
				}
			}
			f.Explanation = fmt.Sprintf("%s calls %s %q and %s calls the same person %q at the same time: one office with two different portfolios.",
				s.articleNames(f.Sides[0].Articles), s.Entities[e].Name, a.value, s.articleNames(f.Sides[1].Articles), b.value)
			out = append(out, f)
		}
	}
	return out
}

// exclusiveTitles: two roles one person cannot hold at once — the same office
// with a different portfolio ("foreign minister", "defence minister").
// Vague or temporal words ("leader", "former", "longtime") never make two
// titles exclusive.
func exclusiveTitles(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) == 0 || len(wb) == 0 || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	for _, w := range append(wa, wb...) {
		switch w {
		case "former", "ex", "late", "longtime", "long-time", "then", "acting", "interim", "deputy", "vice", "leader", "head", "chief", "senior", "top", "new", "elect", "president-elect":
			return false
		}
	}
	return len(wa) > 1 && len(wb) > 1
}

func addToSide(sd *Side, r ClaimRef) {
	for _, c := range sd.Claims {
		if c == r {
			return
		}
	}
	sd.Claims = append(sd.Claims, r)
	for _, a := range sd.Articles {
		if a == r.Article {
			return
		}
	}
	sd.Articles = append(sd.Articles, r.Article)
	sort.Ints(sd.Articles)
}

func normTitle(t string) string { return strings.Join(strings.Fields(strings.ToLower(t)), " ") }

// compatibleTitle reports whether description d is a less specific form of
// title t ("president" of "interim president"), or the same.
func compatibleTitle(d, t string) bool {
	if d == t {
		return true
	}
	tw := map[string]bool{}
	for _, w := range strings.Fields(t) {
		tw[w] = true
	}
	for _, w := range strings.Fields(d) {
		if !tw[w] {
			return false
		}
	}
	return true
}

// humanTime renders a TIMEX value for editors: "15 Oct 2025", "October 2025",
// "late 2024".
func humanTime(value, mod string, iv timex.Interval) string {
	var base string
	switch {
	case len(value) == 10:
		if t, err := time.Parse("2006-01-02", value); err == nil {
			base = t.Format("2 Jan 2006")
		}
	case len(value) == 7:
		if t, err := time.Parse("2006-01", value); err == nil {
			base = t.Format("January 2006")
		}
	case len(value) == 4:
		base = value
	}
	if base == "" {
		return formatInterval(iv)
	}
	switch mod {
	case "START":
		return "early " + base
	case "MID":
		return "mid-" + base
	case "END":
		return "late " + base
	}
	return base
}

// onceDateFindings compares the dates of events that happen only once ("the
// fall of Assad"): dates that cannot overlap conflict; with all, dates that
// agree are listed too.
func (s *Story) onceDateFindings(all bool) []Finding {
	var out []Finding
	for _, ev := range s.Events {
		if len(ev.Claims) < 2 || !isOnceFamily(ev.Family) {
			continue
		}
		var dated []ClaimRef
		arts := map[int]bool{}
		for _, r := range ev.Claims {
			// only dates stated in the claim's own clause: one inherited from
			// a neighbouring sentence ("just months after ... toppled Assad")
			// may not be the event's
			if s.strength(r) == 2 && s.claim(r).Time.Source == "clause" {
				dated = append(dated, r)
				arts[r.Article] = true
			}
		}
		if len(arts) < 2 {
			continue
		}
		conflict := false
		for i := range dated {
			for j := i + 1; j < len(dated); j++ {
				if dated[i].Article != dated[j].Article && overlap(s.claim(dated[i]).Time.Interval, s.claim(dated[j]).Time.Interval) <= 0 {
					conflict = true
				}
			}
		}
		if !conflict && !all {
			continue
		}
		f := Finding{Topic: fmt.Sprintf("date of %s's %s", s.Entities[ev.Key].Name, s.eventNoun(ev)), Central: s.central(ev.Key)}
		byVal := map[string]*Side{}
		var vorder []string
		for _, r := range dated {
			v := humanTime(s.claim(r).Time.Value, s.claim(r).Time.Mod, s.claim(r).Time.Interval)
			sd, ok := byVal[v]
			if !ok {
				sd = &Side{Value: v}
				byVal[v] = sd
				vorder = append(vorder, v)
			}
			addToSide(sd, r)
		}
		for _, v := range vorder {
			f.Sides = append(f.Sides, *byVal[v])
		}
		if conflict {
			f.Verdict = Conflict
			f.Explanation = fmt.Sprintf("The %s of %s happened once, but the articles give dates that cannot overlap.", s.eventNoun(ev), s.Entities[ev.Key].Name)
		} else {
			f.Verdict = Agree
			f.Explanation = fmt.Sprintf("The dates overlap: %s.", formatInterval(ev.Interval))
		}
		out = append(out, f)
	}
	return out
}

// omissions lists events that only one article reports.
func (s *Story) omissions() []Finding {
	var out []Finding
	for _, ev := range s.Events {
		arts := map[int]bool{}
		for _, r := range ev.Claims {
			arts[r.Article] = true
		}
		if len(arts) != 1 {
			continue
		}
		r := ev.Claims[0]
		c := s.claim(r)
		f := Finding{ID: "o" + strconv.Itoa(len(out)+1), Topic: fmt.Sprintf("%s's %s", s.Entities[ev.Key].Name, s.eventNoun(ev)), Verdict: Omission,
			Explanation: fmt.Sprintf("Only %s reports this (%s).", s.articleName(r.Article), formatInterval(ev.Interval))}
		sd := Side{Value: describeClaim(s, r.Article, c)}
		for _, r := range ev.Claims {
			addToSide(&sd, r)
		}
		f.Sides = []Side{sd}
		out = append(out, f)
	}
	return out
}

func describeClaim(s *Story, ai int, c *claims.Claim) string {
	parts := []string{c.Predicate}
	if c.Object != nil {
		parts = append(parts, c.Object.Text)
	}
	if c.Place != nil {
		parts = append(parts, "in "+c.Place.Text)
	}
	if c.Time != nil && c.Time.Value != "" {
		parts = append(parts, c.Time.Value)
	}
	return strings.Join(parts, " ")
}
