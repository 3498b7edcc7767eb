package claims

import "testing"

// TestExtractSenses covers word senses decided by the object and the reading
// of a word that is both a noun and a verb. All sentences are invented.
func TestExtractSenses(t *testing.T) {
	tests := []extractCase{
		{
			desc: "the object's head noun decides the sense: capturing votes, a title, hearts",
			text: "Ada Hale helped Tom Vale in capturing Southern votes in 1964.\n\nLena Cruz captured the title in Boston on Sunday.\n\nOmar Haddad captured the hearts of voters in 2001.\n",
			none: []string{"seize", "vote"},
		},
		{
			desc: "a quantity before 'of' gives way to the noun after it",
			text: "The Unity Party captured 60 percent of the rural vote in Ohio on Sunday.\n",
			none: []string{"seize"},
		},
		{
			desc: "a passive's subject is what the verb acts on",
			text: "The title was captured by Lena Cruz in Boston on Sunday.\n",
			none: []string{"seize"},
		},
		{
			desc: "a seizure of a town stays a seizure",
			text: "Rebels led by Omar Haddad captured the town of Ganda on Sunday.\n",
			want: []want{{pred: "seize", tim: "2024-04-28"}},
		},
		{
			desc: "lost its way, lost a fumble, lost his job: no defeat",
			text: "The Orbits lost their way in the second half on Sunday.\n\nRunning back Tom Vale lost a fumble at midfield on Sunday.\n\nIan Moss, who had recently lost his job at Vendor Corp, was arrested in Denver on Monday.\n",
			want: []want{{pred: "arrest", obj: "Ian Moss"}},
			none: []string{"lose"},
		},
		{
			desc: "a participle after a linking verb is an adjective: look lost",
			text: "The Orbits made Tom Vale look completely lost in Denver on Sunday.\n\nLena Cruz seemed hurt after the game in Boston on Sunday.\n",
			none: []string{"lose", "injure"},
		},
		{
			desc: "winning one's spurs, praise or a reprieve is no victory",
			text: "Tom Vale wanted to win his spurs in Chicago in 1950.\n\nLena Cruz won a reprieve from the court in Boston on Monday.\n",
			none: []string{"win"},
		},
		{
			desc: "taking over a role or the helm is no acquisition; taking over a company is",
			text: "Lena Cruz took over the helm of Vendor Corp on Monday.\n\nOmar Haddad took over the role of the captain on Tuesday.\n\nVendor Corp took over Beta Systems on Wednesday.\n",
			want: []want{{pred: "acquire", obj: "Beta Systems"}},
			none: []string{"acquire:took over the helm", "acquire:took over the role"},
		},
		{
			desc: "hurt someone's chances, kill a bill: no injury, no killing",
			text: "The scandal hurt Tom Vale's chances in Ohio in 2004.\n\nSenator Lena Cruz killed the bill in committee on Monday.\n",
			none: []string{"injure", "kill"},
		},
		{
			desc: "available for purchase is no acquisition",
			text: "The Orbit phone from Vendor Corp is available for purchase today in Boston.\n",
			none: []string{"acquire"},
		},
		{
			desc: "checked in for a player is a substitution; checked in at a hotel is no rehab",
			text: "Dan Ortiz checked in for Greg Marsh with five minutes left on Friday.\n\nLena Cruz checked in at the hotel in Boston on Monday.\n\nOmar Haddad checked into rehab in Malibu on Tuesday.\n",
			want: []want{{pred: "rehab", subj: "Omar Haddad"}},
			none: []string{"rehab:checked in"},
		},
		{
			desc: "a ruse that was someone's downfall names a cause, no ouster",
			text: "The ruse was Tom Vale's downfall in 1990.\n\nDrink proved his downfall.\n",
			none: []string{"oust"},
		},
		{
			desc: "a plural noun after a name that is an object is no verb",
			text: "Lena Cruz counted Republican votes in Ohio on Monday.\n",
			none: []string{"vote"},
		},
		{
			desc: "a verb after a name that opens the clause stays a verb",
			text: "Senator Lena Cruz votes on the budget in Boston on Monday.\n",
			want: []want{{pred: "vote", subj: "Lena Cruz"}},
		},
		{
			desc: "a bare fall is a tumble; the fall of a regime is an ouster",
			text: "Climber Dies in Fall in Nepal\n\nThe fall of Tom Vale's regime came in Ganda on Sunday.\n",
			want: []want{{pred: "oust", obj: "Tom Vale"}},
			none: []string{"oust:fall in"},
		},
	}
	runExtractCases(t, tests)
}

// TestExtractModality covers modality that the words right before a trigger
// do not show: modals over joined verbs and event nouns, plans and habits,
// "Will" as a name. All sentences are invented.
func TestExtractModality(t *testing.T) {
	tests := []extractCase{
		{
			desc: "can't ... and win: the modal covers the joined verb",
			text: "\"You can't play like that and win,\" Tom Vale said on Sunday.\n",
			want: []want{{pred: "win", mod: Hedged, neg: true}},
		},
		{
			desc: "a chance or risk of an event is no event",
			text: "Lawyer Ann Pike said her client stands little chance at winning an appeal.\n\nTom Vale has a good chance of winning the race in Boston.\n",
			want: []want{{pred: "win", trigger: "winning", mod: Hedged}},
		},
		{
			desc: "hopes, permissions and intents are no events",
			text: "Tom Vale announced his intent to nominate Ann Pike.\n\nThe judge allowed Lena Cruz to visit Boston.\n",
			want: []want{{pred: "appoint", obj: "Ann Pike", mod: Planned}, {pred: "visit", subj: "Lena Cruz", mod: Hedged}},
		},
		{
			desc: "hopefully: hedged",
			text: "Isolate the gunman, and then hopefully Tom Vale arrives in enough time to stop him.\n",
			want: []want{{pred: "visit", subj: "Tom Vale", mod: Hedged}},
		},
		{
			desc: "could ... and hire: hedged",
			text: "Vendor Corp could easily drop Lena Cruz and hire Omar Haddad in Boston.\n",
			want: []want{{pred: "hire", mod: Hedged}},
		},
		{
			desc: "considering whether to file charges is no charge",
			text: "Prosecutors are considering today whether to file drunken-driving charges against Tom Vale in Denver.\n\nProsecutors in Denver are weighing whether to charge Lena Cruz.\n",
			want: []want{{pred: "charge", trigger: "charges", mod: Hedged}, {pred: "charge", trigger: "charge", mod: Hedged}},
		},
		{
			desc: "chosen to kill, serious enough to release: not done",
			text: "Tom Vale was chosen to kill Ian Moss in 1957.\n\nVendor Corp considers the flaw serious enough to release a fix for the Orbit Browser on Monday.\n",
			want: []want{{pred: "kill", obj: "Ian Moss", mod: Hedged}, {pred: "release", mod: Hedged}},
		},
		{
			desc: "a habit is no event: rarely went to",
			text: "By the late 1980s, Tom Vale rarely went to Boston.\n",
			want: []want{{pred: "visit", mod: Hedged}},
		},
		{
			desc: "generic and planned classes of earlier audits still hold",
			text: "Anytime anybody is arrested in Denver, the police call Tom Vale.\n\nLena Cruz, who steps down later this year, met Omar Haddad in Boston.\n\nIan Moss was conspiring to kill Dan Ortiz in 2019.\n",
			want: []want{{pred: "arrest", mod: Hedged}, {pred: "resign", mod: Planned}, {pred: "meet", subj: "Lena Cruz", mod: Asserted}, {pred: "kill", mod: Hedged}},
		},
		{
			desc: "an event noun as the subject of a modal: a counterfactual, a planned vote",
			text: "Tom Vale's win would've cost him the top pick in the 2013 draft.\n\nLena Cruz's loss would have ended her season in 2012.\n\nThe Ohio vote will take place on Monday.\n",
			want: []want{{pred: "win", mod: Hedged}, {pred: "lose", mod: Hedged}, {pred: "vote", mod: Planned}},
		},
		{
			desc: "Will as a first name is no future",
			text: "Will Ortiz scored 14 points for the Orbits on Friday.\n",
			want: []want{{pred: "quantity", mod: Asserted}},
		},
		{
			desc: "a reportedly before an adjective does not make an age reported",
			text: "An inexperienced and reportedly ill-equipped climber, 31-year-old Tom Vale of Leeds, fell to his death on Friday.\n",
			want: []want{{pred: "age", subj: "Tom Vale", mod: Asserted}},
		},
	}
	runExtractCases(t, tests)
}
