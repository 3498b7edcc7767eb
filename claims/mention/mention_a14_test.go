package mention

import "testing"

// Error classes of claims audit 14: a verb of a title-case headline ran two
// names into one ("Zentrix Buys Corvane" became the firm's name), and a
// two-word legal office after "Deputy" was cut to "deputy".
func TestFindA14(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want []want
		not  []string
	}{
		{
			desc: "a third-person verb of a title-case headline splits the names",
			text: "Zentrix Buys Corvane, Enters Cloud Hardware Business\nZentrix said on Monday it would buy Corvane.\n",
			want: []want{{"Zentrix", "", "", "", ""}, {"Corvane", "", "", "", ""}},
			not:  []string{"Zentrix Buys Corvane", "Buys Corvane"},
		},
		{
			desc: "'Completes' in a headline splits too (audit 15)",
			text: "Zentrix Completes Corvane Acquisition\nZentrix said on Monday it had bought Corvane.\n",
			not:  []string{"Zentrix Completes Corvane Acquisition", "Zentrix Completes Corvane"},
		},
		{
			desc: "the same verb splits outside a headline too",
			text: "Yesterday Hollis Acquires Mardell was the banner on the screen.\n",
			not:  []string{"Hollis Acquires Mardell"},
		},
		{
			desc: "'Deputy Prosecuting Attorney' is the whole title",
			text: "Deputy Prosecuting Attorney Ann Vokes said the jury agreed.\n",
			want: []want{{"Ann Vokes", "PERSON", "deputy prosecuting attorney", "", ""}},
			not:  []string{"Prosecuting Attorney Ann Vokes"},
		},
		{
			desc: "a county attorney and a public defender",
			text: "County Attorney Lee Brandt and Public Defender Rosa Kim met.\n",
			want: []want{{"Lee Brandt", "PERSON", "county attorney", "", ""}, {"Rosa Kim", "PERSON", "public defender", "", ""}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := article(t, tc.text)
			got := map[string]Mention{}
			for _, m := range Find(a) {
				got[m.Text] = m
			}
			for _, w := range tc.want {
				m, ok := got[w.text]
				if !ok {
					t.Errorf("no mention %q; got %v", w.text, keys(got))
					continue
				}
				if w.typ != "" && m.Type != w.typ {
					t.Errorf("%q type = %q, want %q", w.text, m.Type, w.typ)
				}
				if m.Title != w.title {
					t.Errorf("%q title = %q, want %q", w.text, m.Title, w.title)
				}
			}
			for _, n := range tc.not {
				if _, ok := got[n]; ok {
					t.Errorf("unexpected mention %q", n)
				}
			}
		})
	}
}

func keys(m map[string]Mention) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A country's abbreviation before a number is a road (claims audit 14:
// "towers covering the U.S. 271 corridor" made the U.S. a place).
func TestRoadNumber(t *testing.T) {
	tests := []struct {
		desc, text string
		country    bool
	}{
		{"U.S. before a road number", "Calls pinged towers along the U.S. 271 corridor near the town.\n", false},
		{"US before a road number", "The truck crashed on US 1 near the bridge.\n", false},
		{"U.S. before a verb stays the country", "Troops from the U.S. arrived on Monday.\n", true},
		{"U.S. before a figure in a list stays the country", "Sales rose in the U.S., 12 percent in all.\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			found := false
			for _, m := range Find(article(t, tc.text)) {
				if m.Type == "GPE" && (m.Text == "U.S." || m.Text == "US") {
					found = true
				}
			}
			if found != tc.country {
				t.Errorf("country mention found = %v, want %v", found, tc.country)
			}
		})
	}
}
