package mention

import "testing"

// An unknown word and a title that ends the name with no name after it name
// the firm, not a person ("a Westinghouse CEO who"); a title that is also a
// surname, or a title before a noun, is left alone.
func TestFindRoles2(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want []string // mention texts that must be found
		not  []string // mention texts that must not be
	}{
		{
			desc: "'a retired Westinghouse CEO who' is the firm",
			text: "Tom Fisk, a retired Westinghouse CEO who was hired in 2003, spoke.\n",
			want: []string{"Tom Fisk", "Westinghouse"},
			not:  []string{"Westinghouse CEO"},
		},
		{
			desc: "a possessive title: 'the Lakewood Sheriff's station'",
			text: "Crowds gathered outside the Lakewood Sheriff's station on Monday.\n",
			want: []string{"Lakewood"},
			not:  []string{"Lakewood Sheriff"},
		},
		{
			desc: "a title that is also a surname stays a name",
			text: "Tishana King says she saw the crash. Later Tishana King, who lives nearby, spoke.\n",
			want: []string{"Tishana King"},
		},
		{
			desc: "a title before a noun stays as it was",
			text: "It was an indictment of the Chiefs QB situation.\n",
			not:  []string{"Chiefs"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) { checkFound(t, tc.text, tc.want, tc.not) })
	}
}
