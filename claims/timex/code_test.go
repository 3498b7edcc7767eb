package timex

import "testing"

// Years inside identifiers written with spaced hyphens are no dates; ranges
// of years stay.
func TestCodePart(t *testing.T) {
	for _, tc := range []struct {
		desc, text, year string
		want             bool
	}{
		{"a code before the year", "The flaw (CVE - 2012 - 4567) is old.", "2012", false},
		{"a long number after the year", "Call the line 2012 - 45678 today.", "2012", false},
		{"a range of years", "The war lasted from 1983 - 2005 in the south.", "1983", true},
		{"a season", "The 1998 - 99 season was long.", "1998", true},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			tx, _ := Tag(article(t, "2026-01-28", tc.text))
			found := false
			for _, x := range tx {
				if len(x.Value) >= 4 && x.Value[:4] == tc.year {
					found = true
				}
			}
			if found != tc.want {
				t.Errorf("%q: year %s found %v, want %v:\n%s", tc.text, tc.year, found, tc.want, dump(tx))
			}
		})
	}
}
