package timex

import (
	"testing"
	"time"
)

// A month named without its year and told as past is at most six months
// old, unless the article also names an undated date as upcoming: then its
// writer drops the year for dates up to a year away, and the inferred
// publication date must not be forced into the year of the past one.
func TestInferUndatedMonths(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		desc, text string
		value      string
		begin, end time.Time
		inside     time.Time // a date the interval must hold
	}{
		{
			"past only: at most six months old",
			"The bakery changed hands in March 2011, and its founder kept a small stake.\nThe old oven was switched off on May 12, staff said.\n",
			"2011", day(2011, 5, 12), day(2011, 12, 1), day(2011, 9, 1),
		},
		{
			"past and upcoming: up to a year, no forced year",
			"The bakery changed hands in March 2011, and its founder kept a small stake.\nThe old oven was switched off on May 12, staff said.\nThe guild will hold a tasting on Feb. 3, the day before the county fair, its organizers said.\n",
			"", day(2011, 5, 12), day(2012, 2, 4), day(2012, 1, 20),
		},
		{
			"upcoming only: before it",
			"The bakery changed hands in March 2011.\nThe guild will hold a tasting on Feb. 3, its organizers said.\n",
			"", day(2011, 3, 1), day(2012, 2, 4), day(2012, 1, 20),
		},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := article(t, "", tc.text)
			tx, pub := Tag(a)
			if pub.Source != "text" || pub.Evidence == "" {
				t.Fatalf("published %+v, want an inference from the text\n%s", pub, dump(tx))
			}
			if pub.Value != tc.value || !pub.Interval.Begin.Equal(tc.begin) || !pub.Interval.End.Equal(tc.end) {
				t.Errorf("published %q %v, want %q [%s, %s)", pub.Value, pub.Interval, tc.value, tc.begin.Format("2006-01-02"), tc.end.Format("2006-01-02"))
			}
			if tc.inside.Before(pub.Interval.Begin) || !tc.inside.Before(pub.Interval.End) {
				t.Errorf("interval %v leaves out %s", pub.Interval, tc.inside.Format("2006-01-02"))
			}
		})
	}
}

// Dates that contradict each other (a narrative's "future" before its
// "past") bound nothing: no interval, no value.
func TestInferContradictoryBounds(t *testing.T) {
	a := article(t, "", "The mill reopened in 2005 after a long fight.\nBack then, the owners would sell it in June 1972, a clerk recalled.\nThe workers met in November to vote.\n")
	tx, pub := Tag(a)
	if pub.Known() {
		t.Errorf("published %+v, want nothing from contradicting dates\n%s", pub, dump(tx))
	}
}

// Without a publication date, "last June" is the writer's last June: a year
// the story names ("in 2003") does not stand in for the writing time.
func TestDeicticWithoutPublication(t *testing.T) {
	a := article(t, "", "The guild was founded in 2003 by three bakers.\nLast June, the mayor named a new inspector.\n")
	tx, _ := Tag(a)
	for _, x := range tx {
		if x.Text == "Last June" && x.Value != "XXXX-06" && x.Value != "" {
			t.Errorf("%q = %q, want no year\n%s", x.Text, x.Value, dump(tx))
		}
	}
}
