package mention

import (
	"strings"
	"testing"
)

// Names typed by the words around them: a place noun before "of" or after the
// name, and ", who" after a lone name.
func TestContextTypes(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want map[string]string // mention text → type
	}{
		{
			desc: "a lower-case place noun before 'of' makes a place of an unknown two-word name",
			text: "The worst-hit area was the district of Karo Baru, officials said.\n",
			want: map[string]string{"Karo Baru": "GPE"},
		},
		{
			desc: "a lower-case place noun after the name",
			text: "Houses were damaged in Central Tavi district on Monday.\n",
			want: map[string]string{"Central Tavi": "GPE"},
		},
		{
			desc: "a lone unknown name after 'the town of'",
			text: "Rescuers reached the town of Ruda on Monday.\n",
			want: map[string]string{"Ruda": "GPE"},
		},
		{
			desc: "', who' after a lone name makes a person",
			text: "\"Many were hurt,\" said Wanto, who like many people uses a single name.\n",
			want: map[string]string{"Wanto": "PERSON"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := article(t, tc.text)
			got := map[string]string{}
			for _, m := range Find(a) {
				got[m.Text] = m.Type
			}
			for text, typ := range tc.want {
				if got[text] != typ {
					t.Errorf("%q type = %q, want %q; mentions %v", text, got[text], typ, got)
				}
			}
		})
	}
}

func TestFoldASCII(t *testing.T) {
	for _, s := range []string{"Hello World", "  New   York ", "U.S.", "a\tB\nc", "", "   ", "already folded", "ÉLAN Vital"} {
		want := strings.Join(strings.Fields(strings.ToLower(s)), " ")
		if s == "ÉLAN Vital" {
			want = "elan vital"
		}
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}
