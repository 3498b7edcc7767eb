package claims

import "testing"

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
	})
}
