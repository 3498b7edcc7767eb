package claims

import (
	"strings"
	"testing"
)

// The time of claims, second round (times.go): dates that belong to another
// verb than the trigger nearest them. All sentences are invented; the
// publication date is 2024-05-02.
func TestExtractTimes2(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "a date before a parenthetical 'he said' is part of what was said",
			text: "Fans waited.\n\nFans sang.\n\nThree years ago, Tom Reed said, a guard arrested Ann Reed at the gate.\n",
			want: []want{{pred: "say", subj: "Tom Reed", tim: "2024-05-02"}, {pred: "arrest", obj: "Ann Reed", tim: "2021"}},
		},
		{
			desc: "a parenthetical speaker may be a common noun",
			text: "Fans waited.\n\nFans sang.\n\nOn Monday, police said, gunmen attacked a convoy near Kandahar.\n",
			want: []want{{pred: "say", subj: "police", tim: "2024-05-02"}, {pred: "attack", place: "Kandahar", tim: "2024-04-29"}},
		},
		{
			desc: "a fronted date of a statement verb that is no trigger does not date its complement",
			text: "Fans waited.\n\nFans sang.\n\nYesterday, the mayor explained that officers shot and killed Tom Reed in the park.\n",
			want: []want{{pred: "kill", obj: "Tom Reed", tim: "-"}},
		},
		{
			desc: "a relative 'that' after the verb's object keeps the fronted date",
			text: "Fans waited.\n\nFans sang.\n\nIn 2019, the navy sent a ship that rescued Tom Reed off Malta.\n",
			want: []want{{pred: "rescue", obj: "Tom Reed", tim: "2019"}},
		},
		{
			desc: "a crime noun far after a verdict takes neither the verdict's date nor the paragraph's",
			text: "Fans waited.\n\nFans sang.\n\nWhen the jury convicted Tom Reed last month of the theft, as well as the assault of a guard a few days prior to the ambush killing of Ann Reed, he sat still.\n",
			want: []want{{pred: "convict", obj: "Tom Reed", tim: "2024-04"}, {pred: "kill", obj: "Ann Reed", tim: "-"}},
		},
	})
}

// "Tom Reed, who ... won a medal in 2005, knows how to hold a crowd -- he
// won a cup": a verb of the same kind with a subject of its own in the same
// sentence is another event and does not take the first one's date.
func TestSameKindVerbOwnDate(t *testing.T) {
	a, x := extractText(t, "Fans waited.\n\nFans sang.\n\nTom Reed, who has coached the team for years and won a medal for doing so in 2005, certainly knows how to hold a crowd -- he won a cup for the club.\n")
	n := 0
	for _, c := range x.Claims {
		if c.Predicate != "win" {
			continue
		}
		n++
		tv := "-"
		if c.Time != nil {
			tv = c.Time.Value
		}
		if ev := a.Text[c.Start:c.End]; strings.HasPrefix(ev, "he won") && tv != "-" {
			t.Errorf("%q dated %s, want no date", ev, tv)
		}
	}
	if n != 2 {
		t.Errorf("want two win claims: %s", describe(x))
	}
}
