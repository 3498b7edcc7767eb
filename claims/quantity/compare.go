package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Verdict is the outcome of comparing two quantities.
type Verdict string

const (
	Agree        Verdict = "agree"        // both can be true of the same thing
	Conflict     Verdict = "conflict"     // they cannot both be true of the same thing
	Incomparable Verdict = "incomparable" // different kinds or units: no verdict
)

// Tolerances, as fractions of the value. Outlets round: an exact figure is
// taken to be rounded at its last significant digit, but never by more than
// exactTol ("100 people" may be 97, not 60). An approximate figure spreads
// by approxTol, or by its rounding up to approxMaxTol ("about $1 million"
// covers $1.2 million). "Nearly" and "almost" cover nearTol below the value.
const (
	exactTol     = 0.05
	approxTol    = 0.10
	approxMaxTol = 0.25
	nearTol      = 0.15
)

// interval is the set of real amounts a quantity allows.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

func (iv interval) contains(x float64) bool {
	return (x > iv.lo || (x == iv.lo && !iv.loOpen)) && (x < iv.hi || (x == iv.hi && !iv.hiOpen))
}

func overlap(a, b interval) bool {
	lo, hi := math.Max(a.lo, b.lo), math.Min(a.hi, b.hi)
	if lo < hi {
		return true
	}
	return lo == hi && a.contains(lo) && b.contains(lo)
}

// step is the place value of the last significant digit of v: 1 for 31, 100
// for 1,200, 100000 for 1.2 million, 0.01 for 3.25. Trailing zeros of an
// integer are taken as rounding.
func step(v float64) float64 {
	v = math.Abs(v)
	if v == 0 {
		return 1
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return math.Pow10(-(len(s) - i - 1))
	}
	z := 0
	for z < len(s)-1 && s[len(s)-1-z] == '0' {
		z++
	}
	return math.Pow10(z)
}

// allowed returns the interval of amounts q allows.
func allowed(q Quantity) interval {
	v := q.Value
	qual := qualByPhrase[q.Qualifier]
	switch q.Bound {
	case Approx:
		t := math.Max(approxTol*math.Abs(v), math.Min(step(v)/2, approxMaxTol*math.Abs(v)))
		if t < 1 && v == math.Trunc(v) && math.Abs(v) >= 1 {
			t = 1 // "about 5" covers 4 and 6
		}
		return interval{lo: v - t, hi: v + t}
	case Lower:
		return interval{lo: v, hi: math.Inf(1), loOpen: qual != nil && qual.strict}
	case Upper:
		strict := qual != nil && qual.strict
		if qual != nil && qual.near {
			return interval{lo: v * (1 - nearTol), hi: v, hiOpen: strict}
		}
		return interval{lo: math.Inf(-1), hi: v, hiOpen: strict}
	case Range:
		lo, hi := v, q.Max
		if hi < lo {
			lo, hi = hi, lo
		}
		if qual != nil && qual.bound == Approx {
			lo, hi = lo*(1-approxTol), hi*(1+approxTol)
		}
		return interval{lo: lo, hi: hi}
	}
	// exact, as rounded by the outlet: [v-t, v+t), so that 31 and 32 do not
	// touch
	t := math.Min(step(v)/2, exactTol*math.Abs(v))
	return interval{lo: v - t, hi: v + t, hiOpen: t > 0}
}

// Compare says whether two quantities reported for the same thing agree,
// conflict, or cannot be compared (different kinds or units), with a
// one-sentence reason an editor can check. It does not decide whether a and b
// are about the same thing: the caller matches claims first.
func Compare(a, b Quantity) (Verdict, string) {
	qa, qb := strconv.Quote(a.Text), strconv.Quote(b.Text)
	if a.Text == "" {
		qa = strconv.Quote(formatNum(a.Value))
	}
	if b.Text == "" {
		qb = strconv.Quote(formatNum(b.Value))
	}
	for _, v := range []float64{a.Value, a.Max, b.Value, b.Max} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Incomparable, fmt.Sprintf("%s and %s cannot be compared: a value is not a finite number", qa, qb)
		}
	}
	if a.Kind != b.Kind {
		return Incomparable, fmt.Sprintf("%s is %s and %s is %s: they measure different things", qa, kindPhrase(a.Kind), qb, kindPhrase(b.Kind))
	}
	if a.Unit != b.Unit {
		switch {
		case a.Kind == KindMoney:
			return Incomparable, fmt.Sprintf("%s is in %s and %s in %s: no exchange rate is assumed", qa, a.Unit, qb, b.Unit)
		case a.Kind == KindPercent:
			return Incomparable, fmt.Sprintf("%s is in %s and %s in %s: percentage points are not percent", qa, pctUnit(a.Unit), qb, pctUnit(b.Unit))
		case a.Unit == "" || b.Unit == "":
			return Incomparable, fmt.Sprintf("%s and %s cannot be compared: only one of them says what it counts", qa, qb)
		}
		return Incomparable, fmt.Sprintf("%s counts %s and %s counts %s: different things", qa, unitPhrase(a.Unit), qb, unitPhrase(b.Unit))
	}
	if a.Kind == KindScore {
		switch {
		case a.Value == b.Value && a.Max == b.Max:
			return Agree, fmt.Sprintf("%s and %s report the same tally", qa, qb)
		case a.Value == b.Max && a.Max == b.Value:
			return Agree, fmt.Sprintf("%s and %s report the same tally, in the other order", qa, qb)
		}
		return Conflict, fmt.Sprintf("%s and %s are different tallies", qa, qb)
	}
	ia, ib := allowed(a), allowed(b)
	// Against a bound, an exact figure is taken at its word: "more than 60"
	// and "60" disagree, though 60 may be rounded.
	if isBound(a.Bound) && b.Bound == Exact {
		ib = interval{lo: b.Value, hi: b.Value}
	}
	if isBound(b.Bound) && a.Bound == Exact {
		ia = interval{lo: a.Value, hi: a.Value}
	}
	ok := overlap(ia, ib)
	if a.Bound == Exact && b.Bound == Exact {
		what := "exact " + kindNoun(a.Kind)
		switch {
		case a.Value == b.Value:
			return Agree, fmt.Sprintf("%s and %s state the same value", qa, qb)
		case ok:
			return Agree, fmt.Sprintf("%s and %s agree within rounding", qa, qb)
		}
		return Conflict, fmt.Sprintf("%s and %s cannot both be %s of the same thing", qa, qb, what)
	}
	// Put the bounded or vaguer one first for the reason: "more than 60"
	// allows 75.
	if rank(a.Bound) > rank(b.Bound) {
		a, b, qa, qb, ia, ib = b, a, qb, qa, ib, ia
	}
	if ok {
		switch {
		case a.Bound == Lower && b.Bound == Exact:
			return Agree, fmt.Sprintf("%s is consistent with %s: %s is %s %s", qb, qa, formatNum(b.Value), atLeast(a), formatNum(a.Value))
		case a.Bound == Upper && b.Bound == Exact:
			return Agree, fmt.Sprintf("%s is consistent with %s: %s is %s %s", qb, qa, formatNum(b.Value), atMost(a), formatNum(a.Value))
		case a.Bound == Range && b.Bound == Range:
			return Agree, fmt.Sprintf("%s and %s overlap", qa, qb)
		case a.Bound == Range && b.Bound == Exact:
			return Agree, fmt.Sprintf("%s falls within %s", qb, qa)
		case a.Bound == Approx && b.Bound == Exact:
			return Agree, fmt.Sprintf("%s is within the rounding of %s", qb, qa)
		case a.Bound == Approx && b.Bound == Approx:
			return Agree, fmt.Sprintf("%s and %s are close enough for approximate figures", qa, qb)
		}
		return Agree, fmt.Sprintf("%s and %s can both be true", qa, qb)
	}
	switch {
	case a.Bound == Lower && b.Bound == Exact:
		return Conflict, fmt.Sprintf("%s contradicts %s: %s is not %s %s", qb, qa, formatNum(b.Value), atLeast(a), formatNum(a.Value))
	case a.Bound == Upper && b.Bound == Exact && ib.lo >= ia.hi:
		return Conflict, fmt.Sprintf("%s contradicts %s: %s is not %s %s", qb, qa, formatNum(b.Value), atMost(a), formatNum(a.Value))
	case a.Bound == Upper && b.Bound == Exact:
		return Conflict, fmt.Sprintf("%s contradicts %s: %s is well short of %s", qb, qa, formatNum(b.Value), formatNum(a.Value))
	case a.Bound == Range && b.Bound == Exact:
		return Conflict, fmt.Sprintf("%s lies outside %s", qb, qa)
	case a.Bound == Range && b.Bound == Range:
		return Conflict, fmt.Sprintf("%s and %s do not overlap", qa, qb)
	case a.Bound == Lower:
		return Conflict, fmt.Sprintf("%s contradicts %s: even with rounding it is not %s %s", qb, qa, atLeast(a), formatNum(a.Value))
	case a.Bound == Upper:
		return Conflict, fmt.Sprintf("%s contradicts %s: even with rounding it is not %s %s", qb, qa, atMost(a), formatNum(a.Value))
	case a.Bound == Approx:
		return Conflict, fmt.Sprintf("%s is too far from %s to be the same figure, even approximately", qb, qa)
	}
	return Conflict, fmt.Sprintf("%s and %s cannot both be true of the same thing", qa, qb)
}

func isBound(b Bound) bool { return b == Lower || b == Upper }

// rank orders bounds from vaguest to most precise, for phrasing.
func rank(b Bound) int {
	switch b {
	case Lower, Upper:
		return 0
	case Range:
		return 1
	case Approx:
		return 2
	}
	return 3
}

func atLeast(q Quantity) string {
	if qu := qualByPhrase[q.Qualifier]; qu != nil && qu.strict {
		return "more than"
	}
	return "at least"
}

func atMost(q Quantity) string {
	qu := qualByPhrase[q.Qualifier]
	switch {
	case qu != nil && qu.near:
		return "just under"
	case qu != nil && qu.strict:
		return "less than"
	}
	return "at most"
}

func pctUnit(u string) string {
	if u == "percent" {
		return u
	}
	return plural(u)
}

func kindPhrase(k string) string {
	switch k {
	case KindMoney:
		return "an amount of money"
	case KindPercent:
		return "a percentage"
	case KindScore:
		return "a tally"
	case KindAge:
		return "an age"
	}
	return "a count"
}

func kindNoun(k string) string {
	switch k {
	case KindMoney:
		return "amounts"
	case KindPercent:
		return "percentages"
	case KindAge:
		return "ages"
	}
	return "counts"
}

func unitPhrase(u string) string {
	if u == "" {
		return "nothing named"
	}
	return plural(u)
}

// plural is good enough for a reason sentence: "person" -> "people".
func plural(u string) string {
	switch {
	case u == "person":
		return "people"
	case u == "injured", u == "dead", u == "missing", u == "arrested", u == "evacuated", u == "rescued", u == "homeless", u == "police":
		return u
	case strings.HasSuffix(u, "y") && !strings.HasSuffix(u, "ay") && !strings.HasSuffix(u, "ey"):
		return u[:len(u)-1] + "ies"
	case strings.HasSuffix(u, "s"), strings.HasSuffix(u, "ch"), strings.HasSuffix(u, "sh"), strings.HasSuffix(u, "x"):
		return u + "es"
	case u == "man", u == "woman":
		return u[:len(u)-2] + "en"
	case u == "child":
		return "children"
	}
	return u + "s"
}

// formatNum writes v with thousands separators and at most three decimals:
// 1200000 -> "1,200,000", 7.5 -> "7.5".
func formatNum(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 > 3 {
		s = strings.TrimRight(strings.TrimRight(strconv.FormatFloat(math.Abs(v), 'f', 3, 64), "0"), ".")
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteString(frac)
	return b.String()
}
