package timex

import "testing"

// s6Tests are rules from the sixth round over the TempEval-3 dev errors;
// every sentence is invented.
var s6Tests = []moreRow{
	{"'or so' after a span ago is the date, approximately", "2024-10-21",
		"The two sides met a month or so ago in Geneva.", "a month or so ago", "DATE", "2024-09", "APPROX"},
	{"'or so' widens a point", "2024-10-21",
		"The plant will close over the next year or so, the firm said.", "the next year or so", "DATE", "2025", "APPROX"},
	{"'or so' widens a duration", "2024-10-21",
		"Prices may double over the next three years or so.", "the next three years or so", "DURATION", "P3Y", "APPROX"},
	{"a part of day before yesterday is that part of the day", "2024-10-21",
		"In Paris at mid-afternoon yesterday, the shares were down.", "mid-afternoon yesterday", "TIME", "2024-10-20TAF", "MID"},
	{"a part of day before today", "2024-10-21",
		"The vote is set for evening today.", "evening today", "TIME", "2024-10-21TEV", ""},
	{"then current is the past", "2024-10-21",
		"Holders could buy shares at half the then current price.", "then current", "DATE", "PAST_REF", ""},
	{"then-current is the past", "2024-10-21",
		"Holders could buy shares at half the then-current price.", "then-current", "DATE", "PAST_REF", ""},
	{"several past quarters are the past, not an amount", "2024-10-21",
		"Margins have slipped over the past several quarters.", "the past several quarters", "DATE", "PAST_REF", ""},
	{"coming quarters are the future", "2024-10-21",
		"The chain expects weaker sales in coming quarters.", "coming quarters", "DATE", "FUTURE_REF", ""},
	{"a counted number of past quarters stays an amount", "2024-10-21",
		"Margins have slipped over the past two quarters.", "the past two quarters", "DURATION", "P2Q", ""},
	{"vague past years stay an amount", "2024-10-21",
		"Margins have slipped over the past several years.", "the past several years", "DURATION", "PXY", ""},
}

// Rates of speed or throughput are units of measure, not sets.
func TestS6NotSets(t *testing.T) {
	for _, tc := range []struct{ desc, text, span string }{
		{"miles per hour", "The storm moved north at 20 miles per hour.", "per hour"},
		{"operations per second", "The new chip runs 40 million operations per second.", "per second"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			tx, _ := Tag(article(t, "2024-10-21", tc.text))
			if x := find(tx, tc.span); x != nil {
				t.Errorf("%q: %q tagged %s %s", tc.text, tc.span, x.Type, x.Value)
			}
		})
	}
	tx, _ := Tag(article(t, "2024-10-21", "The pumps are checked twice per hour."))
	if x := find(tx, "twice per hour"); x == nil && find(tx, "per hour") == nil {
		t.Errorf("twice per hour: no set; got:\n%s", dump(tx))
	}
}
