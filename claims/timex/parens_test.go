package timex

import "testing"

// A weekday and a date in parentheses after it are one day: the weekday
// fixes the date's year (claims audit 14: "on Tuesday (6 January)" in an
// article whose other dates were of the year before).
func TestWeekdayParens(t *testing.T) {
	tests := []struct {
		desc, pub, text, span, value string
	}{
		{"the weekday picks the year when the publication date is unknown", "", "Troops on Tuesday (6 January) shelled the town. Talks failed on 19 June 2008 and 4 November 2008.", "6 January", "2009-01-06"},
		{"the weekday takes the date", "", "Troops on Tuesday (6 January) shelled the town. Talks failed on 19 June 2008 and 4 November 2008.", "Tuesday", "2009-01-06"},
		{"abbreviated month in parentheses", "2015-03-20", "The council met on Friday (Mar. 13) to vote.", "Mar. 13", "2015-03-13"},
		{"a weekday before other brackets is left alone", "2015-03-21", "The council met on Friday (local time) to vote.", "Friday", "2015-03-20"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := article(t, tc.pub, tc.text)
			tx, _ := Tag(a)
			x := find(tx, tc.span)
			if x == nil {
				t.Fatalf("no timex %q; got:\n%s", tc.span, dump(tx))
			}
			if x.Value != tc.value {
				t.Errorf("%q = %s, want %s", tc.span, x.Value, tc.value)
			}
		})
	}
}
