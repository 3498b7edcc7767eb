package quantity

import (
	"strings"
	"testing"
)

// find returns the only quantity Find reads in s, failing the test otherwise:
// Compare tests start from text, as the pipeline does.
func find(t *testing.T, s string) Quantity {
	t.Helper()
	qs := Find(s, 0, len(s))
	if len(qs) != 1 {
		t.Fatalf("Find(%q) = %d quantities, want 1:\n%s", s, len(qs), dump(qs))
	}
	return qs[0]
}

var compareTests = []struct {
	desc   string
	a, b   string
	want   Verdict
	reason string // a part the reason must contain
}{
	{"same count", "31 injured", "31 injured", Agree, "same value"},
	{"different exact counts", "31 injured", "13 injured", Conflict, `"31 injured" and "13 injured" cannot both be exact counts of the same thing`},
	{"neighbouring counts conflict", "31 people", "32 people", Conflict, "cannot both be exact counts"},
	{"rounded exact", "1,200 people", "1,187 people", Agree, "within rounding"},
	{"rounding is capped", "100 people", "60 people", Conflict, "exact counts"},
	{"same amount, other spelling", "$1.2 million", "$1,200,000", Agree, "same value"},
	{"approx money covers the exact", "$1.2 million", "about $1 million", Agree, `"$1.2 million" is within the rounding of "about $1 million"`},
	{"approx too far", "about 50 injured", "31 injured", Conflict, "too far"},
	{"approx both", "about 2,000 troops", "some 2,100 troops", Agree, "approximate"},
	{"more than agrees", "more than 60 people", "75 people", Agree, "75 is more than 60"},
	{"more than conflicts", "more than 60 people", "40 people", Conflict, "40 is not more than 60"},
	{"more than is strict", "more than 60 people", "60 people", Conflict, "not more than 60"},
	{"at least is inclusive", "at least 60 people", "60 people", Agree, "at least 60"},
	{"up to", "up to 40 people", "35 people", Agree, "at most 40"},
	{"less than conflicts", "fewer than 10 seats", "12 seats", Conflict, "not less than 10"},
	{"nearly covers just below", "nearly 100 people", "94 people", Agree, "just under 100"},
	{"nearly is not far below", "nearly 100 people", "60 people", Conflict, "well short of 100"},
	{"nearly is not above", "nearly 100 people", "104 people", Conflict, "not just under 100"},
	{"range contains", "10-20 soldiers", "15 soldiers", Agree, "falls within"},
	{"range excludes", "10-20 soldiers", "25 soldiers", Conflict, "lies outside"},
	{"ranges overlap", "between 10 and 20 soldiers", "15 to 30 soldiers", Agree, "overlap"},
	{"ranges apart", "10-20 soldiers", "30-40 soldiers", Conflict, "do not overlap"},
	{"vague plural", "hundreds of protesters", "350 protesters", Agree, "falls within"},
	{"vague plural too few", "hundreds of protesters", "50 protesters", Conflict, "lies outside"},
	{"bound vs approx", "more than 60 people", "about 50 people", Conflict, "not more than 60"},
	{"percent", "about 40%", "42 percent", Agree, "rounding"},
	{"percent vs points", "5 percentage points", "5 percent", Incomparable, "points"},
	{"currencies", "$5 million", "5 million euros", Incomparable, "exchange rate"},
	{"kinds", "$5 million", "5 million people", Incomparable, "different things"},
	{"units", "31 injured", "31 dead", Incomparable, "counts injured and"},
	{"bare vs unit", "31", "31 dead", Incomparable, "only one of them"},
	{"same tally", "a 98-96 vote", "a 98-96 vote", Agree, "same tally"},
	{"tally other order", "won 3-1", "lost 1-3", Agree, "other order"},
	{"different tally", "a 98-96 vote", "a 97-96 vote", Conflict, "different tallies"},
	{"ages", "Reid, 33, said", "Reid, 34, said", Conflict, "exact ages"},
}

func TestCompare(t *testing.T) {
	for _, tc := range compareTests {
		a, b := find(t, tc.a), find(t, tc.b)
		got, reason := Compare(a, b)
		if got != tc.want || !strings.Contains(reason, tc.reason) {
			t.Errorf("%s: Compare(%q, %q) = %s, %q\nwant %s, containing %q", tc.desc, tc.a, tc.b, got, reason, tc.want, tc.reason)
		}
		// the verdict does not depend on the order
		if back, _ := Compare(b, a); back != got {
			t.Errorf("%s: Compare(%q, %q) = %s but the other way round %s", tc.desc, tc.a, tc.b, got, back)
		}
	}
}

func TestCompareHandBuilt(t *testing.T) {
	// Quantities built without Find (no Text, no Qualifier) still compare.
	a := Quantity{Value: 60, Max: 60, Kind: KindCount, Unit: "person", Bound: Lower}
	b := Quantity{Value: 60, Max: 60, Kind: KindCount, Unit: "person", Bound: Exact}
	if v, r := Compare(a, b); v != Agree || !strings.Contains(r, `"60"`) {
		t.Errorf("Compare(lower 60, 60) = %s, %q; want agree (a bound without a strict qualifier is inclusive)", v, r)
	}
}

func TestStep(t *testing.T) {
	for _, tc := range []struct {
		v, want float64
	}{{31, 1}, {1200, 100}, {1.2e6, 1e5}, {3.25, 0.01}, {0, 1}, {100, 100}} {
		if got := step(tc.v); got != tc.want {
			t.Errorf("step(%g) = %g, want %g", tc.v, got, tc.want)
		}
	}
}

func TestFormatNum(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{{1200000, "1,200,000"}, {7.5, "7.5"}, {31, "31"}, {999, "999"}, {1000, "1,000"}, {-2500.25, "-2,500.25"}, {1.0 / 3, "0.333"}} {
		if got := formatNum(tc.v); got != tc.want {
			t.Errorf("formatNum(%g) = %q, want %q", tc.v, got, tc.want)
		}
	}
}
