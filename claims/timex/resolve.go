package timex

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// resolver turns meanings into values, walking an article's expressions in
// text order and keeping the date the text last set.
type resolver struct {
	// anchors are the candidate publication days: one when the day is known,
	// several when only an interval is (each is tried and the results merged),
	// none when nothing is known.
	anchors []time.Time
	pubName string // "publication"

	ref      time.Time // the date the text last set
	refGrain grain
	hasRef   bool
	lastQ    time.Time // the last quarter the text named
	hasQ     bool
	// ytd: the text has moved from its quarter to the months of the year
	// so far ("In the first nine months, ..."): "a year earlier" and "the
	// 1988 period" are then that year, not its quarter
	ytd bool
	// ends: the anchors are only the two ends of a long interval, not every
	// day of it, so readings between them are missing
	ends  bool
	years []int // explicit years of the article, for anchoring without a publication date
}

// newResolver prepares the anchors for pub.
func newResolver(pub Published) *resolver {
	r := &resolver{pubName: "publication"}
	if pub.Value == "" && pub.Interval.IsZero() {
		return r
	}
	if d, ok := parseDay(pub.Value); ok {
		r.anchors = []time.Time{d}
		return r
	}
	iv := pub.Interval
	if iv.Begin.IsZero() || iv.End.IsZero() || !iv.End.After(iv.Begin) {
		return r
	}
	days := int(iv.End.Sub(iv.Begin).Hours() / 24)
	if days <= 62 {
		for d := dayOf(iv.Begin); d.Before(iv.End); d = d.AddDate(0, 0, 1) {
			r.anchors = append(r.anchors, d)
		}
	} else {
		r.anchors = []time.Time{dayOf(iv.Begin), dayOf(iv.End.Add(-time.Hour))}
		r.ends = true
	}
	return r
}

// parseDay reads "2026-01-28" (or a date-time starting with it).
func parseDay(v string) (time.Time, bool) {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' || len(v) > 10 && v[10] != 'T' && v[10] != ' ' {
		return time.Time{}, false
	}
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(v[:4]), num(v[5:7]), num(v[8:10])
	if y < 0 || !validDay(y, m, d) {
		return time.Time{}, false
	}
	return date(y, m, d), true
}

// point is a resolved calendar point.
type point struct {
	t    time.Time
	g    grain
	part string
}

func (pt point) value() string { return format(pt.t, pt.g, pt.part) }

func (pt point) interval() Interval {
	if pt.g == gPartOfDay {
		b := dayOf(pt.t)
		switch pt.part {
		case "MO":
			return Interval{b.Add(5 * time.Hour), b.Add(12 * time.Hour)}
		case "AF":
			return Interval{b.Add(12 * time.Hour), b.Add(18 * time.Hour)}
		case "EV":
			return Interval{b.Add(17 * time.Hour), b.Add(22 * time.Hour)}
		case "NI":
			return Interval{b.Add(20 * time.Hour), b.Add(30 * time.Hour)}
		}
		return Interval{b, b.AddDate(0, 0, 1)}
	}
	if pt.g == gMinute {
		return Interval{pt.t, pt.t.Add(time.Minute)}
	}
	return span(trunc(pt.t, pt.g), pt.g)
}

// resolve sets the value, interval, anchor and alternatives of x.
func (r *resolver) resolve(x *Timex) {
	s := &x.sem
	x.Alternatives, x.Point = nil, ""
	switch s.kind {
	case kRef:
		x.Type, x.Value, x.Anchor = "DATE", s.value, ""
		x.Interval = Interval{}
		if len(r.anchors) > 0 {
			x.Anchor = r.pubName
			b, e := r.anchors[0], r.anchors[len(r.anchors)-1].AddDate(0, 0, 1)
			switch s.value {
			case "PRESENT_REF":
				x.Interval = Interval{b, e}
			case "PAST_REF":
				x.Interval = Interval{End: e}
			case "FUTURE_REF":
				x.Interval = Interval{Begin: b}
			}
		}
		return
	case kSet:
		x.Type, x.Value, x.Anchor, x.Interval = "SET", s.value, "", Interval{}
		return
	case kDuration:
		x.Type, x.Value, x.Anchor, x.Interval = "DURATION", s.value, "", Interval{}
		if r.hasQ && s.durUnit == gMonth && s.durN == 9 {
			r.ytd = true
		}
		if s.durRel != 0 && s.durN > 0 && len(r.anchors) > 0 {
			a := r.anchors[0]
			if s.durRel < 0 {
				a = r.anchors[len(r.anchors)-1].AddDate(0, 0, 1)
				x.Interval = Interval{add(a, -s.durN, s.durUnit), a}
			} else {
				x.Interval = Interval{a, add(a, s.durN, s.durUnit)}
			}
			x.Anchor = r.pubName
		}
		return
	}
	x.Type = "DATE"
	if s.isTime() {
		x.Type = "TIME"
	}
	// a point: resolve against each candidate anchor and merge
	var pts []point
	anchorName := ""
	if len(r.anchors) == 0 {
		pt, name, ok := r.point(s, x.tense, time.Time{}, false)
		if ok {
			pts, anchorName = append(pts, pt), name
		}
	} else {
		seen := map[string]bool{}
		for _, a := range r.anchors {
			pt, name, ok := r.point(s, x.tense, a, true)
			if !ok {
				continue
			}
			anchorName = name
			if v := pt.value(); !seen[v] {
				seen[v] = true
				pts = append(pts, pt)
			}
		}
	}
	x.Anchor = anchorName
	switch len(pts) {
	case 0:
		x.Value, x.Interval, x.Anchor = underspecified(s), Interval{}, ""
	case 1:
		x.Value, x.Interval = pts[0].value(), fuzz(pts[0].interval(), s.mod)
		if s.weekday != 0 && s.day != 0 && s.year != 0 && isoWeekday(pts[0].t) != s.weekday {
			// the weekday disagrees with the date as written: keep the reading
			// that agrees as an alternative
			if y, ok := weekdayYear(s.year, s.month, s.day, s.weekday, 6); ok {
				x.Alternatives = []string{fmt.Sprintf("%04d-%02d-%02d", y, s.month, s.day)}
			}
		}
	default:
		// the publication interval does not pin it: the common coarser value,
		// with the readings as alternatives when there are few
		lo, hi := pts[0], pts[0]
		for _, pt := range pts {
			if pt.t.Before(lo.t) {
				lo = pt
			}
			if pt.t.After(hi.t) {
				hi = pt
			}
		}
		x.Value = commonValue(lo, hi, s)
		x.Interval = Interval{lo.interval().Begin, hi.interval().End}
		if strings.HasPrefix(x.Value, "XXXX") {
			// the readings share nothing the value can say: unresolved, as
			// without a publication date ("XXXX-WXX-3", no interval)
			x.Interval, x.Anchor = Interval{}, ""
			if r.ends {
				pts = pts[:0]
			}
		}
		if len(pts) <= 8 && !r.ends {
			for _, pt := range pts {
				x.Alternatives = append(x.Alternatives, pt.value())
			}
			sort.Strings(x.Alternatives)
		}
	}
	if s.asDuration {
		x.Point = x.Value
		x.Type, x.Value, x.Alternatives = "DURATION", s.value, nil
	}
	if len(pts) > 0 && !s.qctx && !(s.anchor == anPrev && s.n != 0) {
		// the text now talks about this date (a date told relative to the
		// last one, "a year earlier", does not move the narrative)
		pt := pts[0]
		if len(pts) > 1 {
			pt = point{t: pts[0].t, g: coarsest(pts)}
		}
		if pt.g >= gYear && pt.g != gNone {
			r.ref, r.refGrain, r.hasRef = pt.t, pt.g, true
			if pt.g == gPartOfDay || pt.g == gMinute || pt.g == gHour {
				r.refGrain = gDay
			}
		}
		if pt.g == gQuarter && (s.quarter != 0 || s.latestQ) && (!r.hasQ || r.completed(pt.t) && !s.contrast) {
			// the quarter the text reports on (not "the 1988 period", not
			// one still to come: "losses through the third quarter of 1990")
			r.lastQ, r.hasQ, r.ytd = pt.t, true, false
		}
	}
}

// completed reports whether the quarter beginning at q ended before the
// publication date (true when that date is unknown).
func (r *resolver) completed(q time.Time) bool {
	if len(r.anchors) == 0 {
		return true
	}
	return !add(q, 1, gQuarter).After(r.anchors[len(r.anchors)-1])
}

// coarsest returns the grain at which all points agree.
func coarsest(pts []point) grain {
	g := pts[0].g
	for _, cand := range []grain{g, gMonth, gYear, gDecade, gCentury} {
		if cand > g {
			continue
		}
		ok := true
		for _, pt := range pts[1:] {
			if !trunc(pt.t, cand).Equal(trunc(pts[0].t, cand)) {
				ok = false
				break
			}
		}
		if ok {
			return cand
		}
	}
	return gNone
}

// commonValue writes the value lo and hi share at a coarser grain: two
// readings of "Wednesday" in January 2026 give "2026-01".
func commonValue(lo, hi point, s *sem) string {
	for _, g := range []grain{gWeek, gMonth, gYear} {
		if g > lo.g || g == gWeek && lo.g != gDay {
			continue
		}
		if trunc(lo.t, g).Equal(trunc(hi.t, g)) {
			return format(lo.t, g, "")
		}
	}
	return underspecified(s)
}

// point resolves a point meaning against publication day pub (when known).
func (r *resolver) point(s *sem, tense int, pub time.Time, known bool) (point, string, bool) {
	if s.dayShift != 0 {
		d := *s
		d.dayShift = 0
		pt, name, ok := r.point(&d, tense, pub, known)
		if ok && pt.g == gDay {
			pt.t = pt.t.AddDate(0, 0, s.dayShift)
		}
		return pt, name, ok
	}
	pt := point{g: s.grain, part: s.part}
	if s.latestQ {
		// "the quarter": the quarter the text is about, else the last one
		// completed before publication
		if r.hasQ {
			pt.t = r.lastQ
			return pt, "previous", true
		}
		if !known {
			return pt, "", false
		}
		pt.t = add(trunc(pub, gQuarter), -1, gQuarter)
		return pt, r.pubName, true
	}
	switch s.anchor {
	case anAbs:
		t, ok := absolute(s)
		if !ok {
			return pt, "", false
		}
		pt.t = t
		if s.periodOf && r.hasQ && !r.ytd {
			// "the 1988 period" in a story about a quarter: that quarter of 1988
			pt.t, pt.g = date(s.year, int(r.lastQ.Month()), 1), gQuarter
		}
		return pt, "absolute", true
	case anPub:
		if !known {
			return pt, "", false
		}
		return r.shifted(s, pub, gDay, pt), r.pubName, true
	case anPrev:
		if r.hasRef && !(s.clock && r.refGrain < gDay) {
			// (a clock time needs a day: after a year or month it is the
			// publication day's)
			p := r.shifted(s, r.ref, r.refGrain, pt)
			if known && s.unitNamed && s.n > 0 && tense == tensePast && p.t.After(pub) {
				// "bought a gun the day after he lost his job, then returned
				// the following week": the week after a day the text did not
				// date; counted from the last date named it would lie after
				// the publication of a past event
				return pt, "", false
			}
			return p, "previous", true
		}
		if !known {
			return pt, "", false
		}
		if s.unitNamed && s.n > 0 && tense == tensePast {
			return pt, "", false // (the same, counted from publication)
		}
		return r.shifted(s, pub, gDay, pt), r.pubName, true
	case anNear:
		name := r.pubName
		base := pub
		if !known && (s.weekday != 0 && s.month == 0 || s.grain == gWeekend) {
			return pt, "", false // a weekday needs the publication date
		}
		if s.fromRef && r.hasRef && r.refGrain <= gDay {
			// "the previous Friday": the one before the day just named
			base, name = dayOf(r.ref), "previous"
		} else if !known {
			if s.dir != 0 {
				// "last June", "next May": the writer's own time, unknown
				// here; a year named in the story is no stand-in for it
				return pt, "", false
			}
			if r.hasRef && r.refGrain == gYear && s.month != 0 && s.weekday == 0 {
				// "founded in 2012 ... the December 15 election": a month
				// named after a year the text set is in that year (the
				// year's first day is no midpoint to find the nearest from)
				return r.inYear(s, pt, r.ref.Year())
			}
			if r.hasRef && r.refGrain >= gYear {
				base, name = r.ref, "previous"
			} else if len(r.years) > 0 {
				base, name = date(r.years[len(r.years)-1], 7, 1), "previous"
			} else {
				return pt, "", false
			}
		}
		t, g, ok := nearest(s, tense, base, known)
		if !ok {
			return pt, "", false
		}
		pt.t, pt.g = t, g
		if s.clock {
			pt.t = t.Add(time.Duration(s.hour)*time.Hour + time.Duration(s.minute)*time.Minute)
			pt.g = gMinute
		}
		return pt, name, true
	}
	return pt, "", false
}

// inYear resolves a month or a day of the month without a year (anNear) in
// year y.
func (r *resolver) inYear(s *sem, pt point, y int) (point, string, bool) {
	if s.day != 0 {
		if !validDay(y, s.month, s.day) {
			return pt, "", false
		}
		pt.t, pt.g = date(y, s.month, s.day), gDay
	} else {
		pt.t, pt.g = date(y, s.month, 1), gMonth
	}
	if s.clock {
		pt.t = pt.t.Add(time.Duration(s.hour)*time.Hour + time.Duration(s.minute)*time.Minute)
		pt.g = gMinute
	}
	return pt, "previous", true
}

// shifted resolves a relative point (anPub, anPrev) from base at baseGrain.
func (r *resolver) shifted(s *sem, base time.Time, baseGrain grain, pt point) point {
	u := s.unit
	if u == gNone {
		u = gDay
	}
	switch {
	case s.qctx && r.hasQ && u == gYear:
		// "a year ago" in a story about a quarter: that quarter a year
		// before; after "the first nine months", that year
		pt.t, pt.g = add(r.lastQ, 4*s.n, gQuarter), gQuarter
		if r.ytd {
			pt.t, pt.g = trunc(pt.t, gYear), gYear
		}
		return pt
	case s.latestQ:
		return pt
	case s.month != 0: // "January of last year"
		y := add(trunc(base, gYear), s.n, gYear).Year()
		pt.t = date(y, s.month, 1)
		if s.day != 0 {
			pt.t = date(y, s.month, s.day)
		}
		return pt
	case s.periodOf: // "last year's quarter": that year's part of the quarter reported on
		y := add(trunc(base, gYear), s.n, gYear).Year()
		pt.t, pt.g = date(y, 1, 1), gYear
		if r.hasQ && !r.ytd {
			pt.t, pt.g = date(y, int(r.lastQ.Month()), 1), gQuarter
		}
		return pt
	case s.quarter != 0 || s.half != 0: // "this year's third quarter"
		y := add(trunc(base, gYear), s.n, gYear).Year()
		if s.quarter != 0 {
			pt.t = date(y, 3*s.quarter-2, 1)
		} else {
			pt.t = date(y, 6*s.half-5, 1)
		}
		return pt
	}
	if baseGrain < u && baseGrain != gNone && s.anchor == anPrev {
		// "the next day" after "in October": no finer than the text's date
		pt.t, pt.g, pt.part = trunc(base, baseGrain), baseGrain, ""
		if s.n != 0 && baseGrain >= gYear {
			pt.t = add(pt.t, s.n*unitsIn(u, baseGrain), baseGrain)
			if unitsIn(u, baseGrain) == 0 {
				pt.t = trunc(add(base, s.n, u), baseGrain)
			}
		}
		return pt
	}
	if u == gWeek && s.grain == gWeek && baseGrain >= gDay && s.anchor == anPrev && !s.unitNamed {
		// "two weeks later" after a day is a day; "the following week" is a week
		pt.t, pt.g = add(dayOf(base), s.n, gWeek), gDay
		return pt
	}
	if s.clock {
		pt.t = dayOf(base).Add(time.Duration(s.hour)*time.Hour + time.Duration(s.minute)*time.Minute)
		pt.g = gMinute
		return pt
	}
	if u == gHour || u == gMinute {
		pt.t, pt.g = dayOf(base), gDay
		return pt
	}
	pt.t = add(trunc(base, u), s.n, u)
	if pt.g == gNone {
		pt.g = u
	}
	if pt.g < u {
		pt.t = trunc(pt.t, pt.g)
	}
	return pt
}

// unitsIn says how many g-units one u-unit is (0 when u is finer than g).
func unitsIn(u, g grain) int {
	if u == g {
		return 1
	}
	if g == gMonth {
		switch u {
		case gYear:
			return 12
		case gQuarter:
			return 3
		}
	}
	if g == gYear {
		switch u {
		case gDecade:
			return 10
		case gCentury:
			return 100
		}
	}
	return 0
}

// absolute resolves a point whose year the text gives.
func absolute(s *sem) (time.Time, bool) {
	switch {
	case s.century != 0 && s.year == 0:
		return date(s.century*100, 1, 1), true
	case s.decade != 0 && s.year == 0:
		return date(s.decade*10, 1, 1), true
	case s.year == 0:
		return time.Time{}, false
	case s.holiday != "":
		return holiday(s.holiday, s.year)
	case s.day != 0:
		if !validDay(s.year, s.month, s.day) {
			return time.Time{}, false
		}
		t := date(s.year, s.month, s.day)
		if s.clock {
			t = t.Add(time.Duration(s.hour)*time.Hour + time.Duration(s.minute)*time.Minute)
		}
		return t, true
	case s.month != 0:
		return date(s.year, s.month, 1), true
	case s.quarter != 0:
		return date(s.year, 3*s.quarter-2, 1), true
	case s.half != 0:
		return date(s.year, 6*s.half-5, 1), true
	case s.season != "":
		return seasonOf(s.year, s.season), true
	}
	return date(s.year, 1, 1), true
}

// holiday returns the date of a holiday rule in year y.
func holiday(rule string, y int) (time.Time, bool) {
	if h, ok := holidayRules[rule]; ok {
		switch {
		case h.fixed:
			if validDay(y, h.m, h.d) {
				return date(y, h.m, h.d), true
			}
			return time.Time{}, false
		case h.nth != 0:
			return nthWeekday(y, h.m, h.nth, h.wd), true
		}
	}
	return holidaySlow(rule, y)
}

// holidayRule is a parsed rule of data/holidays.txt.
type holidayRule struct {
	fixed         bool
	m, d, nth, wd int
}

var holidayRules = map[string]holidayRule{}

func init() {
	for _, ps := range holidays.first {
		for _, ph := range ps {
			rule := ph.val
			var m, d, n, wd int
			switch {
			case rule == "election" || strings.HasPrefix(rule, "easter"):
			case scan3(rule, "%d--%d-%d", &m, &n, &wd):
				holidayRules[rule] = holidayRule{m: m, nth: -n, wd: wd}
			case scan3(rule, "%d-%d-%d", &m, &n, &wd):
				holidayRules[rule] = holidayRule{m: m, nth: n, wd: wd}
			default:
				if k, _ := fmt.Sscanf(rule, "%d-%d", &m, &d); k == 2 {
					holidayRules[rule] = holidayRule{fixed: true, m: m, d: d}
				}
			}
		}
	}
}

func scan3(s, f string, a, b, c *int) bool {
	k, _ := fmt.Sscanf(s, f, a, b, c)
	return k == 3
}

func holidaySlow(rule string, y int) (time.Time, bool) {
	switch {
	case rule == "election":
		return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1), true
	case strings.HasPrefix(rule, "easter"):
		off := 0
		fmt.Sscanf(rule[6:], "%d", &off)
		return easter(y).AddDate(0, 0, off), true
	}
	var m, d, n, wd int
	if k, _ := fmt.Sscanf(rule, "%d-%d-%d", &m, &n, &wd); k == 3 {
		return nthWeekday(y, m, n, wd), true
	}
	if k, _ := fmt.Sscanf(rule, "%d--%d-%d", &m, &n, &wd); k == 3 {
		return nthWeekday(y, m, -n, wd), true
	}
	if k, _ := fmt.Sscanf(rule, "%d-%d", &m, &d); k == 2 && validDay(y, m, d) {
		return date(y, m, d), true
	}
	return time.Time{}, false
}

// weekdayYear finds the year nearest to y (within span years) in which
// month-day falls on weekday wd.
func weekdayYear(y, m, d, wd, span int) (int, bool) {
	for k := 0; k <= span; k++ {
		for _, c := range []int{y + k, y - k} {
			if validDay(c, m, d) && isoWeekday(date(c, m, d)) == wd {
				if c != y || k == 0 {
					return c, true
				}
			}
		}
	}
	return 0, false
}

// nearest resolves a point without a year (anNear) around base: the
// candidate in the direction of the modifier ("last July") or of the
// clause's tense, else the nearest one.
func nearest(s *sem, tense int, base time.Time, known bool) (time.Time, grain, bool) {
	g := s.grain
	if g == gPartOfDay || g == gMinute {
		g = gDay
	}
	var candBuf [8]time.Time
	cands := candBuf[:0]
	y := base.Year()
	switch {
	case s.weekday != 0 && s.month == 0:
		start := trunc(base, gWeek)
		for k := -2; k <= 2; k++ {
			cands = append(cands, start.AddDate(0, 0, 7*k+s.weekday-1))
		}
	case g == gWeekend:
		start := trunc(base, gWeek).AddDate(0, 0, 5) // Saturday
		for k := -1; k <= 1; k++ {
			cands = append(cands, start.AddDate(0, 0, 7*k))
		}
	case s.holiday != "":
		for c := y - 1; c <= y+1; c++ {
			if t, ok := holiday(s.holiday, c); ok {
				cands = append(cands, t)
			}
		}
	case s.day != 0:
		if s.weekday != 0 {
			// the weekday fixes the year
			if c, ok := weekdayYear(y, s.month, s.day, s.weekday, 11); ok {
				return date(c, s.month, s.day), gDay, true
			}
		}
		for c := y - 1; c <= y+1; c++ {
			if validDay(c, s.month, s.day) {
				cands = append(cands, date(c, s.month, s.day))
			}
		}
	case s.month != 0:
		for c := y - 1; c <= y+1; c++ {
			cands = append(cands, date(c, s.month, 1))
		}
	case s.quarter != 0:
		for c := y - 1; c <= y+1; c++ {
			cands = append(cands, date(c, 3*s.quarter-2, 1))
		}
	case s.half != 0:
		for c := y - 1; c <= y+1; c++ {
			cands = append(cands, date(c, 6*s.half-5, 1))
		}
	case s.season != "":
		for c := y - 1; c <= y+2; c++ {
			cands = append(cands, seasonOf(c, s.season))
		}
	default:
		return time.Time{}, gNone, false
	}
	if len(cands) == 0 {
		return time.Time{}, gNone, false
	}
	end := func(t time.Time) time.Time {
		if g == gWeekend {
			return t.AddDate(0, 0, 2)
		}
		return span(trunc(t, g), g).End
	}
	b := dayOf(base)
	dir := s.dir
	if dir == 0 && !s.this {
		switch {
		case s.day != 0 || s.holiday != "":
			// a month and day: the one in the tense's direction when it is
			// less than ten months away, else the nearest ("extended the
			// offer to Nov. 20" in November is this November)
			dir = 0
			if tense == tensePast || tense == tenseFuture {
				for _, c := range cands {
					d := c.Sub(b)
					if tense == tensePast && d <= 0 && d > -290*24*time.Hour || tense == tenseFuture && d >= 0 && d < 290*24*time.Hour {
						return c, s.grain, true
					}
				}
			}
		case s.quarter != 0 || s.half != 0:
			// a quarter is spoken of when it is under way or reported on: the
			// latest one begun, unless the clause looks ahead and it is long past
			var last time.Time
			for _, c := range cands {
				if !c.After(b) {
					last = c
				}
			}
			if !last.IsZero() && !(tense == tenseFuture && b.Sub(last) > 270*24*time.Hour) {
				return last, s.grain, true
			}
			dir = tenseFuture
		case s.weekday != 0 || g == gWeekend:
			// a weekday: before publication unless the clause looks ahead
			dir = tensePast
			if tense == tenseFuture {
				dir = tenseFuture
			}
		default:
			dir = tense
			// a month or season told as past or future, when the tense's
			// candidate is within ten months; else the publication year
			if dir != 0 {
				ok := false
				for _, c := range cands {
					d := c.Sub(b)
					if dir < 0 && !c.After(b) && d > -300*24*time.Hour || dir > 0 && end(c).After(b) && d < 300*24*time.Hour {
						ok = true
					}
				}
				if !ok {
					dir = 0
				}
			}
			if dir == 0 {
				// a month, quarter or season with no tense: the publication year
				for _, c := range cands {
					if c.Year() == b.Year() && (g != gSeason || c.Month() != 12) {
						return c, s.grain, true
					}
				}
			}
		}
	}
	if s.this {
		// "this Wednesday", "this July": inside the base's week or year
		for _, c := range cands {
			switch {
			case s.weekday != 0 || g == gWeekend:
				if trunc(c, gWeek).Equal(trunc(b, gWeek)) {
					return c, s.grain, true
				}
			case c.Year() == b.Year() || g == gSeason && trunc(c, gSeason).Equal(trunc(b, gSeason)):
				return c, s.grain, true
			}
		}
	}
	var best time.Time
	found := false
	switch {
	case dir < 0:
		for _, c := range cands {
			ok := !c.After(b)
			if s.strict {
				ok = end(c).Before(b.AddDate(0, 0, 1)) || g == gDay && c.Before(b)
				if g != gDay && !trunc(c, g).Before(trunc(b, g)) {
					ok = false
				}
			}
			if ok && (!found || c.After(best)) {
				best, found = c, true
			}
		}
	case dir > 0:
		for _, c := range cands {
			ok := end(c).After(b)
			if g == gDay {
				ok = !c.Before(b)
			}
			if s.strict {
				ok = trunc(c, g).After(trunc(b, g))
			}
			if ok && (!found || c.Before(best)) {
				best, found = c, true
			}
		}
	default:
		bestD := time.Duration(1 << 62)
		for _, c := range cands {
			d := distance(c, end(c), b)
			if d < bestD || d == bestD && c.Before(best) {
				best, bestD, found = c, d, true
			}
		}
	}
	if !found {
		return time.Time{}, gNone, false
	}
	return best, s.grain, true
}

// distance is how far day b lies from [c, e) (0 inside).
func distance(c, e, b time.Time) time.Duration {
	switch {
	case b.Before(c):
		return c.Sub(b)
	case !b.Before(e):
		return b.Sub(e) + 24*time.Hour
	}
	return 0
}

// underspecified writes the TIMEX3 value of a point whose anchor is unknown:
// "XXXX-10-15", "XXXX-WXX-3", "XXXX-XX-XX".
func underspecified(s *sem) string {
	switch {
	case s.weekday != 0 && s.month == 0:
		return fmt.Sprintf("XXXX-WXX-%d", s.weekday)
	case s.month != 0 && s.day != 0:
		return fmt.Sprintf("XXXX-%02d-%02d", s.month, s.day)
	case s.month != 0:
		return fmt.Sprintf("XXXX-%02d", s.month)
	case s.quarter != 0:
		return fmt.Sprintf("XXXX-Q%d", s.quarter)
	case s.half != 0:
		return fmt.Sprintf("XXXX-H%d", s.half)
	case s.season != "":
		return "XXXX-" + s.season
	}
	switch s.grain {
	case gYear, gDecade, gCentury:
		return "XXXX"
	case gQuarter:
		return "XXXX-QX"
	case gMonth:
		return "XXXX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gWeekend:
		return "XXXX-WXX-WE"
	}
	if s.part != "" {
		return "XXXX-XX-XXT" + s.part
	}
	return "XXXX-XX-XX"
}
