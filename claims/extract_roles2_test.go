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
		{
			desc: "'prompted firms to hire': the firms hire, not a name in the subject",
			text: "The automation of corporate Canada prompted more firms to hire engineers in 2005.",
			want: []want{{pred: "hire", subj: "-"}},
		},
		{
			desc: "'led NAME to resign': the one led resigns",
			text: "The scandal led John Smith to resign in May.",
			want: []want{{pred: "resign", subj: "John Smith"}},
		},
		{
			desc: "'NAME, a retired FIRM CEO who was hired': the one hired is the person, not the firm's CEO",
			text: "Rudd Corp. is led by Tom Fisk, a retired Westinghouse CEO who was hired in 2003.",
			want: []want{{pred: "hire", obj: "Tom Fisk", tim: "2003"}},
		},
		{
			desc: "'NAME, the ... icon who died': the person dies",
			text: "Ann Roe, the 1950s pin-up model and pop icon who died on Thursday, was 85.",
			want: []want{{pred: "die", subj: "Ann Roe"}},
		},
		{
			desc: "'NAME, a lawyer for X who ...' is no apposition of the name before",
			text: "Ann Roe, a lawyer for Tom Fisk who was arrested in May, spoke to reporters.",
			want: []want{{pred: "arrest", obj: "Tom Fisk"}},
		},
		{
			desc: "a lone surname is not linked to the victim named as 'his wife'",
			text: "A jury convicted a salesman of killing his pregnant wife, Ann Rudd. Jurors deliberated for seven days before Rudd was found guilty on Friday.",
			want: []want{{pred: "convict", obj: "Rudd"}},
		},
		{
			desc: "a lone surname is linked to the one person with it who is not named as a relative",
			text: "Tom Rudd was charged in 2003. His wife, Ann Rudd, vanished in 2002. Jurors deliberated before Rudd was found guilty on Friday.",
			want: []want{{pred: "convict", obj: "Tom Rudd"}},
		},
		{
			desc: "two people with the surname and no relative: no link",
			text: "Tom Rudd and Ann Rudd were charged in 2003. Rudd was found guilty on Friday.",
			want: []want{{pred: "convict", obj: "Rudd"}},
		},
		{
			desc: "'of' right after a name is the name's: no injury of the newspaper",
			text: "\"It is tough,\" Tom Bly said of the injuries (via Ann Roe of the Boston Globe).",
			none: []string{"injure"},
		},
		{
			desc: "'charges brought upon him and members of X': X is not the one charged",
			text: "He argued that the charges brought upon him and other members of the Lakeside Church were unwarranted.",
			none: []string{"charge"},
		},
		{
			desc: "a quake that struck at a depth ... west of a town still has its place",
			text: "The quake struck at a depth of 10 kilometers and its epicenter was 55 kilometers west of the town of Bireun.",
			want: []want{{pred: "quake", place: "Bireun"}},
		},
		{
			desc: "going to one's vehicle or an office of the building is no visit",
			text: "After she was suspended, Ann Roe went to her vehicle and made several calls. Later she went to an office and called police.",
			none: []string{"visit"},
		},
		{
			desc: "going to a city still is a visit",
			text: "Tom Bly went to Moscow on Monday.",
			want: []want{{pred: "visit", subj: "Tom Bly"}},
		},
		{
			desc: "'confirmed by the Senate' approves a nominee: no announcement",
			text: "If confirmed by the Senate, Ann Roe will replace Tom Bly.",
			none: []string{"announce"},
		},
		{
			desc: "'the Senate on Monday confirmed' a nominee: no announcement",
			text: "The Senate on Monday confirmed Ann Roe as surgeon general.",
			none: []string{"announce"},
		},
		{
			desc: "a firm that confirms still announces",
			text: "Seacom confirmed the outage on Monday.",
			want: []want{{pred: "announce", subj: "Seacom"}},
		},
	}
	runExtractCases(t, tests)
}
