package timex

import (
	"testing"
	"time"
)

// The governing verb of a date decides its direction: a purpose clause
// ("to meet") after the date does not, reported speech splits the sentence.
var tenseTests = []struct {
	desc string
	pub  string // a Friday unless told
	text string
	span string
	want string
}{
	{"past verb, date, purpose clause", "2026-01-30", "The president visited Ankara on Wednesday to meet his Turkish counterpart.", "Wednesday", "2026-01-28"},
	{"past verb, date, purpose clause with 'with'", "2026-01-30", "Syria's foreign minister flew to Riyadh on Tuesday to meet with Saudi officials about reconstruction.", "Tuesday", "2026-01-27"},
	{"irregular past, bare date, purpose", "2026-01-30", "The envoy went to Cairo Monday to discuss the ceasefire.", "Monday", "2026-01-26"},
	{"past verb after the date, then purpose", "2026-01-30", "On Thursday, the government decided to release the prisoners.", "Thursday", "2026-01-29"},
	{"past verb, date, purpose, then more", "2026-01-30", "Rebels attacked the town Sunday to seize the bridge, which they hope to hold.", "Sunday", "2026-01-25"},
	{"past verb far from the date, purpose clause", "2026-01-30", "The president of Syria, Ahmed al-Sharaa, travelled to the Russian capital of Moscow on Wednesday to meet Vladimir Putin.", "Wednesday", "2026-01-28"},
	{"past verb far from the date, purpose clause with 'in order'", "2026-01-30", "Hundreds of farmers from the northern provinces gathered outside the ministry building on Tuesday in order to protest the new tariffs.", "Tuesday", "2026-01-27"},
	{"infinitive before the date governs it", "2026-01-27", "The two sides agreed to meet again on Friday in Geneva.", "Friday", "2026-01-30"},
	{"set to", "2026-01-26", "The prime minister is set to travel to Berlin on Wednesday.", "Wednesday", "2026-01-28"},
	{"will", "2026-01-27", "The two delegations will meet on Friday in Geneva.", "Friday", "2026-01-30"},
	{"will, date first", "2026-01-27", "On Friday the two delegations will meet in Geneva.", "Friday", "2026-01-30"},
	{"expected to", "2026-01-27", "Parliament is expected to vote Thursday on the bill.", "Thursday", "2026-01-29"},
	{"reported speech: said on Monday", "2026-01-28", "The spokesman said on Monday that the minister would go to Paris on Friday.", "Monday", "2026-01-26"},
	{"reported speech: would go on Friday", "2026-01-28", "The spokesman said on Monday that the minister would go to Paris on Friday.", "Friday", "2026-01-30"},
	{"reported speech, no that", "2026-01-28", "The ministry said Tuesday the talks will resume on Saturday.", "Saturday", "2026-01-31"},
	{"reported speech, said after", "2026-01-28", "The talks will resume on Saturday, the ministry said Tuesday.", "Tuesday", "2026-01-27"},
	{"reported speech, said after, future", "2026-01-28", "The talks will resume on Saturday, the ministry said Tuesday.", "Saturday", "2026-01-31"},
}

func TestTense(t *testing.T) {
	for _, tc := range tenseTests {
		t.Run(tc.desc, func(t *testing.T) {
			tx, _ := Tag(article(t, tc.pub, tc.text))
			x := find(tx, tc.span)
			if x == nil {
				t.Fatalf("no %q in %q:\n%s", tc.span, tc.text, dump(tx))
			}
			if x.Value != tc.want {
				t.Errorf("%q in %q: %s (tense %q), want %s", tc.span, tc.text, x.Value, x.Tense, tc.want)
			}
		})
	}
}

// Without a publication date a weekday or a date relative to the day of
// writing stays unresolved, whatever else the text dates: an underspecified
// value, no interval, no anchor, and still relative (the comparison resolves
// it again when it narrows the publication date).
func TestUnknownPublicationLeavesRelativeUnresolved(t *testing.T) {
	a := article(t, "", "The regime fell in December 2024. The president visited Moscow on Wednesday to meet Putin.\nTwo days ago ministers met in Damascus, and last week the envoy arrived.\n")
	tx, pub := Tag(a)
	for _, c := range []struct{ span, value string }{
		{"Wednesday", "XXXX-WXX-3"},
		{"Two days ago", "XXXX-XX-XX"},
		{"last week", "XXXX-WXX"},
	} {
		x := find(tx, c.span)
		if x == nil {
			t.Fatalf("no %q:\n%s", c.span, dump(tx))
		}
		if x.Value != c.value || !x.Interval.IsZero() || x.Anchor != "" || !x.Relative() {
			t.Errorf("%q with publication %+v: %s %v anchor %q relative %v; want %s, zero interval, no anchor, relative",
				c.span, pub, x.Value, x.Interval, x.Anchor, x.Relative(), c.value)
		}
	}
	// a publication date known only to months does not pin a weekday either
	b := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	tx2 := Resolve(a, tx, Published{Value: "2025", Interval: Interval{b, b.AddDate(0, 7, 0)}, Source: "text"})
	if x := find(tx2, "Wednesday"); x.Value != "XXXX-WXX-3" || !x.Interval.IsZero() || x.Anchor != "" || len(x.Alternatives) != 0 {
		t.Errorf("Wednesday, published within seven months: %s %v anchor %q alternatives %v", x.Value, x.Interval, x.Anchor, x.Alternatives)
	}
}
