package claims

import "testing"

// TestExtractRoles2 checks participants and senses fixed in the h-roles
// round: a firm or a country before a site noun is no place, ... The
// sentences are invented.
func TestExtractRoles2(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a firm's name before 'factory' is no place; the town after it is",
			text: "A worker was hurt in Brandt on Monday.\n\nA worker opened fire at a Brandt factory in Toledo on Monday, police said.\n",
			want: []want{{pred: "attack", place: "Toledo"}},
		},
		{
			desc: "a country before 'medical center' is no place; the town after it is",
			text: "The inmate died on Monday at the U.S. medical center for federal prisoners in Springfield, Mo.",
			want: []want{{pred: "die", place: "Springfield"}},
		},
		{
			desc: "a firm's name before 'plant' with no town after it: no place",
			text: "A worker opened fire at the Brandt plant on Monday.",
			want: []want{{pred: "attack", place: "-"}},
		},
		{
			desc: "a known city before 'plant' still is the place",
			text: "A worker opened fire at a Chicago plant on Monday.",
			want: []want{{pred: "attack", place: "Chicago"}},
		},
	}
	runExtractCases(t, tests)
}
