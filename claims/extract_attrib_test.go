package claims

import "testing"

// Attribution, speakers and the time of statements (attrib.go). All
// sentences are invented.
func TestExtractAttrib(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a name in what was said is not the speaking 'he': the paragraph's person is",
			text: "Harold Finch ran a small bank in Dayton for twenty years.\n\nHis main argument was that he had kept every ledger.\n\nMorgan never called, he said in an interview with the Dayton Courier.\n",
			want: []want{{pred: "say", subj: "Harold Finch"}},
		},
		{
			desc: "'He added' after a quote running over sentences is the speaker of the quote, not a name inside it",
			text: "Asked whether the list was long, producer Tom Bell said: \"No.\n\nThe list went 'Ryan Cole'.\n\nIt was a short list.\"\n\nHe added: \"[Ryan Cole came into the picture] a good while ago.\"\n",
			want: []want{{pred: "quote", subj: "Tom Bell"}},
		},
		{
			desc: "a statement inside a spokesman's words is his, even negated; the one after the apposition is no speaker",
			text: "Peter Walsh, a spokesman for the navy, said Norland had not shelled the coast.\n",
			want: []want{{pred: "attack", neg: true, mod: Reported, attr: "Peter Walsh"}},
		},
		{
			desc: "a spokesman's words are his, not his boss's",
			text: "Mark Dunn, a spokesman for Governor Ann Lee told the Herald: \"We will appeal the ruling against Jack Byrd in court.\"\n",
			want: []want{{pred: "say", subj: "Mark Dunn"}},
		},
		{
			desc: "'He said X' reports X for the one he is",
			text: "John Marsh runs the shop.\n\nHe said the robbers killed a guard on Monday.\n",
			want: []want{{pred: "kill", mod: Reported, attr: "John Marsh", tim: "2024-04-29"}},
		},
		{
			desc: "'X, he said' reports X for the one he is",
			text: "John Marsh runs the shop.\n\nThe robbers killed a guard on Monday, he said.\n",
			want: []want{{pred: "kill", mod: Reported, attr: "John Marsh"}},
		},
		{
			desc: "a noun before 'prosecutors said' that a clause follows is not what they said",
			text: "After the trial of Jim Cole, prosecutors said he kept running the gang from prison.\n",
			none: []string{"say:trial"},
		},
		{
			desc: "a statement closing the sentence does not take the date of what was said",
			text: "Ann Hill had parked her car at 7 p.m. Friday when a truck hit her and fled, police told Glenn Shaw of WINS.\n\nThe robbers killed a guard on Monday, said Sergeant Tom Vale.\n",
			want: []want{{pred: "say", trigger: "said", subj: "Tom Vale", tim: "2024-05-02"}},
		},
		{
			desc: "a fronted phrase with a date dates the statement",
			text: "In an interview last Monday with the Courier, Tom Vale said the mayor lied about the loans.\n",
			want: []want{{pred: "say", subj: "Tom Vale", tim: "2024-04-29"}},
		},
		{
			desc: "a statement quoted by another was made before the day of publication",
			text: "Mr. Salvo quoted Mr. Castle as saying of Mr. Moretti after a meeting of gang leaders in 1991 that he was a fool.\n",
			want: []want{{pred: "say", subj: "Castle", tim: "-"}},
		},
		{
			desc: "'he' inside a quote is no speaker we can name",
			text: "\"There is no way that he would not have told me about it in Miami,\" Ray Jones said.\n",
			want: []want{{pred: "quote", subj: "Ray Jones"}},
			none: []string{"say"},
		},
		{
			desc: "a verb joined by ', and' after what was said is the speaker's own act",
			text: "Bob Wood says the source was one man, and promised to reveal his name after the source dies.\n",
			want: []want{{pred: "pledge", subj: "Bob Wood", mod: Asserted, attr: "-"}},
		},
		{
			desc: "a year before a team's name is that season's team, not the date of the verb",
			text: "Fans waited.\n\nFans sang.\n\nThe Colts, like the 2008 Miami Dolphins, won 10 games.\n",
			want: []want{{pred: "win", subj: "Colts", tim: "-"}},
		},
		{
			desc: "a year before the name of an event dates it",
			text: "Eva Lind won gold at the 2008 Olympics in Beijing.\n",
			want: []want{{pred: "win", subj: "Eva Lind", tim: "2008"}},
		},
		{
			desc: "a claim anchored only by its speaker must be what happened: not 'to avoid killing', not 'must be met'",
			text: "He said troops needed to act to avoid killing civilians, Omar Haddad said.\n\nThere are rules that must be met, Dana Kim added.\n",
			none: []string{"kill", "meet"},
		},
	}
	runExtractCases(t, tests)
}
