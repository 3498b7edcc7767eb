package claims

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus"
)

// want describes one claim a test expects. Empty strings are not checked,
// except that "-" asks for no argument at all.
type want struct {
	pred, trigger         string
	subj, obj, place, tim string
	ord                   int
	neg                   bool
	mod, attr             string
	evidence              string // the claim's text, when given
}

func extractText(t *testing.T, body string) (*corpus.Article, *Extraction) {
	t.Helper()
	a, err := corpus.ParseText("x.md", []byte("---\npublished: 2024-05-02\n---\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	return a, Extract(a, nil)
}

func argText(x *Extraction, a *Arg) string {
	if a == nil {
		return "-"
	}
	if a.Mention >= 0 {
		return x.Mentions[a.Mention].Name
	}
	return a.Text
}

func findClaim(x *Extraction, w want) *Claim {
	for i := range x.Claims {
		c := &x.Claims[i]
		if c.Predicate == w.pred && (w.trigger == "" || strings.EqualFold(c.Trigger, w.trigger)) {
			return c
		}
	}
	return nil
}

func checkClaim(t *testing.T, x *Extraction, w want) {
	t.Helper()
	c := findClaim(x, w)
	if c == nil {
		t.Errorf("no %s claim (trigger %q); claims: %s", w.pred, w.trigger, describe(x))
		return
	}
	field := func(name, got, want string) {
		if want != "" && got != want {
			t.Errorf("%s %s: got %q, want %q", w.pred, name, got, want)
		}
	}
	field("subject", argText(x, c.Subject), w.subj)
	field("object", argText(x, c.Object), w.obj)
	field("place", argText(x, c.Place), w.place)
	tv := "-"
	if c.Time != nil {
		tv = c.Time.Value
	}
	field("time", tv, w.tim)
	field("modality", c.Modality, w.mod)
	attr := c.Attribution
	if attr == "" {
		attr = "-"
	}
	field("attribution", attr, w.attr)
	if w.evidence != "" && x.Article.Text[c.Start:c.End] != w.evidence {
		t.Errorf("%s evidence: got %q, want %q", w.pred, x.Article.Text[c.Start:c.End], w.evidence)
	}
	if c.Ordinal != w.ord {
		t.Errorf("%s ordinal: got %d, want %d", w.pred, c.Ordinal, w.ord)
	}
	if c.Negated != w.neg {
		t.Errorf("%s negated: got %v, want %v", w.pred, c.Negated, w.neg)
	}
}

func describe(x *Extraction) string {
	var b strings.Builder
	for _, c := range x.Claims {
		b.WriteString("\n  " + c.Predicate + "(" + argText(x, c.Subject) + ", " + argText(x, c.Object) + ") " + x.Article.Text[c.Start:c.End])
	}
	return b.String()
}

// extractCase is one row of the extractor's table tests: a text, the
// claims it must give, and the predicates (or "predicate:trigger") it must
// not give.
type extractCase struct {
	desc string
	text string
	want []want
	none []string
}

// runExtractCases runs table rows as subtests named by their desc.
func runExtractCases(t *testing.T, tests []extractCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, x := extractText(t, tc.text)
			for _, w := range tc.want {
				checkClaim(t, x, w)
			}
			for _, n := range tc.none {
				pred, trig, _ := strings.Cut(n, ":")
				if c := findClaim(x, want{pred: pred, trigger: trig}); c != nil {
					t.Errorf("unexpected %s claim %q; claims: %s", n, x.Article.Text[c.Start:c.End], describe(x))
				}
			}
		})
	}
}

func TestExtractClaims(t *testing.T) {
	tests := []extractCase{
		{
			desc: "other senses: promoting a film, a mayor-elect, signs of change, guilty of murder",
			text: "Lena Cruz was abroad promoting her film on Friday.\n\nPaul Ode met Mayor-elect Dan Kerr on Friday.\n\nTraders watched the vote for signs of change.\n\nIn April 2019 Ivo Marsh was found guilty of murder.\n",
			want: []want{{pred: "meet", subj: "Paul Ode"}, {pred: "convict", obj: "Ivo Marsh", tim: "2019-04"}},
			none: []string{"appoint", "sign"},
		},
		{
			desc: "barring hedges",
			text: "Ali Noor is safe, barring a loss to the Orbits tonight.\n",
			want: []want{{pred: "lose", mod: Hedged}},
		},
		{
			desc: "other senses: a fall to one's death, denied him, fired from a rooftop, a visit with someone",
			text: "Fans waited.\n\nHe saw Tom Vale fall to his death on Friday.\n\nBut Carl Hobbs denied him the post in 1990.\n\nEli Moss, 20, fired from the rooftop on Monday, police said.\n\nI had a long visit with Jon Kerr on Tuesday, Pia Lund said.\n",
			want: []want{{pred: "meet", obj: "Jon Kerr"}},
			none: []string{"oust", "deny", "fire-from-job", "visit"},
		},
		{
			desc: "a crime named before a list of charges is a label",
			text: "Gary Moss will face murder and kidnapping charges.\n",
			none: []string{"kill"},
		},
		{
			desc: "an intransitive frame takes no object",
			text: "When Ada Hale died and Tom Vale retired, Ian Moss took over.\n",
			want: []want{{pred: "die", subj: "Ada Hale", obj: "-"}, {pred: "resign", subj: "Tom Vale"}},
		},
		{
			desc: "a pronoun speaker stops the search for a named source",
			text: "Vendor Corp fixed a flaw in its Orbit Browser, which it said has attacked two million users.\n",
			want: []want{{pred: "attack", attr: "-"}},
		},
		{
			desc: "a sentence-wide 'allegedly' does not make the statement reported",
			text: "Yesterday, Una Marsh told jurors about the shooting, which was allegedly sparked by a feud.\n",
			want: []want{{pred: "say", subj: "Una Marsh", mod: Asserted}},
		},
		{
			desc: "a place after another verb group is that verb's",
			text: "Rocco Neri, arrested on Friday, has hanged himself in a cell in Palermo.\n",
			want: []want{{pred: "arrest", place: "-"}},
		},
		{
			desc: "a noun listed after a plural noun is a noun",
			text: "Vendor Corp will no longer protect the old browser against scams and attacks.\n",
			none: []string{"attack"},
		},
		{
			desc: "an all-capitals sentence makes no long names and no title claims",
			text: "Fans waited.\n\nBC ATTORNEY GENERAL WALLY OPAL ISSUED A STATEMENT TODAY SAYING THAT TWO MEN HAD BEEN ARRESTED.\n",
			none: []string{"title"},
		},
		{
			desc: "a participle before a team's name after a game verb is an adjective; after 'after' it is a visit",
			text: "The Comets beat visiting Evansville, 91-73, on Friday.\n\nAfter visiting Lisbon on Monday, Ana Reis flew home.\n",
			want: []want{{pred: "visit", place: "Lisbon"}},
		},
		{
			desc: "going to + a verb is a future, not a trip",
			text: "Ian Moss is possibly going to be the best actor of his time.\n",
			none: []string{"visit"},
		},
		{
			desc: "an acronym between an article and an event noun keeps it a noun",
			text: "Dan Reyes was on probation for a previous DUI arrest.\n",
			none: []string{"arrest"},
		},
		{
			desc: "a date before 'and' + a new subject is the first clause's",
			text: "Fans waited.\n\nTom Vale hurt his knee last Thursday and coach Ian Moss said the team would rest him.\n",
			want: []want{{pred: "say", subj: "Ian Moss", tim: "2024-05-02"}},
		},
		{
			desc: "the person told to act is the one who acts; suspicion makes it reported",
			text: "Jon Carr is suspected of ordering Leo Lopez to kill Ben Ruiz.\n\nThe mayor urged Clara Diaz to resign.\n",
			want: []want{{pred: "kill", subj: "Leo Lopez"}, {pred: "resign", subj: "Clara Diaz", mod: Hedged}},
		},
		{
			desc: "', said NAME' at the end names the speaker; a name inside what was said does not",
			text: "The dead included a girl, whose home was crushed, said hospital director Ken Obi.\n\nLena Ruiz, a lawyer for the city, said her office had not been told if Omar Hale would appear.\n",
			want: []want{{pred: "say", trigger: "said", subj: "Ken Obi"}},
		},
		{
			desc: "a possessed place does not speak; 'added to' is no statement; threats hedge",
			text: "A climber who fell on Norway's highest peak said he was expecting to die that night.\n\nVendor Corp has also added to its range of phones with the new model.\n\nA witness claims Ruiz's brother threatened to kill him.\n",
			want: []want{{pred: "die", mod: Hedged, attr: "-"}},
			none: []string{"kill"},
		},
		{
			desc: "a date inherited inside a sentence needs a joining word; a relative clause's date stays there",
			text: "Fans waited.\n\nAda Moss, who led the 1998 strike that ousted Tom Vale, has died.\n",
			want: []want{{pred: "die", subj: "Ada Moss", tim: "2024-05"}}, // the lead's publication month, not 1998
		},
		{
			desc: "a date before a noun that a participle modifies is not the participle's",
			text: "Fans waited.\n\nThe video was shown on Thursday during the trial of two men accused in the killing of Rosa Vale.\n",
			want: []want{{pred: "kill", obj: "Rosa Vale", tim: "-"}},
			none: []string{"charge"},
		},
		{
			desc: "football senses and attack as a modifier",
			text: "Dan Reyes was sacked on second down.\n\nResearchers found six versions of attack code.\n",
			none: []string{"fire-from-job", "attack"},
		},
		{
			desc: "person patients: no place is arrested; 'against' is no patient of an injury; a possessor with a bare apostrophe",
			text: "The leader of a sect in western Canada who has many wives was arrested on Wednesday.\n\nReggie Vale hurt his knee against the Comets on Sunday.\n\nAlso arrested were Lopez' half-brother, Kris, and Jon Carr.\n",
			want: []want{{pred: "arrest", obj: "-"}, {pred: "injure", subj: "Reggie Vale", obj: "-"}},
		},
		{
			desc: "'on trial Wednesday for killing': the date is the trial's",
			text: "Fans waited.\n\nTwo men went on trial Wednesday for the killing of Rosa Vale.\n",
			want: []want{{pred: "kill", obj: "Rosa Vale", tim: "-"}},
		},
		{
			desc: "a program does not resign; a verdict on charges is no charge; a date between an auxiliary and its verb is that verb's",
			text: "The Orbit browser can then quit unexpectedly.\n\nA jury found Ivo Marsh guilty on both fraud charges on Thursday.\n\nA man released from a clinic against his wishes was yesterday being questioned.\n",
			none: []string{"resign", "charge", "release"}, // the release keeps no date, so it names nothing checkable
		},
		{
			desc: "a gun is no attacker; 'allowing hackers to hijack' is not the company's hijacking; a name modifying a noun is no subject",
			text: "Fans waited.\n\nShe returned with a .357 Magnum and opened fire on Friday, police said.\n\nVendor Corp released a patch for a flaw allowing hackers to hijack Orbit browsers and take over computers on Monday.\n",
			want: []want{{pred: "attack", subj: "-"}, {pred: "acquire", subj: "-"}},
			none: []string{"seize"},
		},
		{
			desc: "a quake's province is no killer; a coming sentencing is planned; 'according to charges' is a source",
			text: "A quake which hit the province of Aceh on Tuesday killed a child.\n\nOmar Hale faces life in prison when he is sentenced by Judge Ann Roe.\n\nHe was drunk, according to charges filed Friday.\n",
			want: []want{{pred: "kill", subj: "-"}, {pred: "sentence", mod: Planned}},
			none: []string{"charge"},
		},
		{
			desc: "a place before 'who' is no antecedent; 'and after' starts another phrase's date; rescue helicopters and forgoing are no events",
			text: "Fans waited.\n\nTom Reyes, of Elm Street, Denver, who was arrested on Monday, stayed silent.\n\nAgents relied on files found during the raid on the farm and after a traffic stop in 2006.\n\nThey were flown out by rescue helicopter this morning.\n\nIan Moss opted to forgo going to the league in 2004.\n",
			want: []want{{pred: "arrest", obj: "-"}},
			none: []string{"rescue", "attack"}, // the raid keeps no date (the stop's), so it names nothing checkable
		},
		{
			desc: "other senses of audit 7: hired equipment, a statement released, game-winning, lost to memory",
			text: "They hired some climbing gear on Friday.\n\nKen Obi said in a statement released by the club on Monday that he would stay.\n\nIt was the game-winning play in Week 16.\n\nThe quote will be lost to memory, Ian Moss said on Monday.\n",
			none: []string{"hire", "release", "win", "lose"},
		},
		{
			desc: "'her murder' names the victim; a copula ends an event noun's phrase; 'later this year' is planned",
			text: "Police charged Leo Cruz with her murder.\n\nAmong the files found in the raid was a record of a wedding in January 2004.\n\nTom Vale, who steps down later this year, praised the team.\n",
			want: []want{{pred: "resign", mod: Planned}},
			none: []string{"kill", "attack"},
		},
		{
			desc: "'with X arrested' names the arrested; a later 'allegedly' does not make the event reported; 'favored to' hedges",
			text: "Two women were found dead on Saturday, with Mr Tom Vale arrested shortly afterwards.\n\nIvo Marsh was convicted in Utah on Monday for his role in allegedly arranging marriages.\n\nThe Comets are favored to win the title.\n",
			want: []want{{pred: "arrest", subj: "-", obj: "Tom Vale"}, {pred: "convict", mod: Asserted}, {pred: "win", mod: Hedged}},
		},
		{
			desc: "a speaker's head noun comes last; 'everyone said' is unresolved; a name modifying a noun after 'of' is no patient",
			text: "\"She loved them,\" a family friend said on Monday.\n\nWe showed a video of Ian Moss and everyone said the part was his.\n\nA teen confessed to the murder of a Denver mother on Monday.\n",
			want: []want{{pred: "quote", subj: "a family friend"}, {pred: "kill", obj: "-"}},
			none: []string{"say"},
		},
		{
			desc: "roles of audit 9: a verb joined to an active one is active; 'and the team lost' has its own subject; a boss named after 'for' is no speaker",
			text: "His father, whom Fred Lane shot and killed in an accident, was rich.\n\nLadell Betts went on injured reserve and the team lost Lyle Hamm.\n\nJerry Stone, a spokesman for Texas Attorney General Greg Abt told reporters that they were ready.\n",
			want: []want{{pred: "kill", subj: "Fred Lane", obj: "-"}, {pred: "lose", subj: "-", obj: "Lyle Hamm"}, {pred: "say", subj: "Jerry Stone"}},
		},
		{
			desc: "told + a common noun: the name after it is what was said about, not the one told",
			text: "Alan Berg later told police Victor Hale had fired at him.\n",
			want: []want{{pred: "say", subj: "Alan Berg", obj: "-"}},
		},
		{
			desc: "a year after 'of' dates its noun",
			text: "Fans waited.\n\nAwards for the best films of 2008 will be announced in January.\n",
			want: []want{{pred: "announce", tim: "2025-01"}},
		},
		{
			desc: "she is not a man: gender from the first name rules a person out",
			text: "Mark Heller met Anna Long on Friday.\n\nShe said the police had lied to the family.\n\nOmar Diaz spoke later.\n\nShe said the police had lied again.\n",
			want: []want{{pred: "say", subj: "Anna Long"}},
		},
		{
			desc: "a pronoun goes on with the same pronoun before any name in its sentence",
			text: "Jose Varga sat still.\n\nHe had boasted before Ruiz's arrest that he wanted to kill a guard.\n",
			want: []want{{pred: "kill", subj: "Jose Varga", mod: Hedged}},
		},
		{
			desc: "a verb joined to a dated one shares its date; one past a clause break does not",
			text: "Fans waited for news.\n\nHana Sato flew to Osaka on Monday to meet Ken Ito.\n\nJon Berg met Ana Ruiz on Friday, but that was before Kim Lee signed Tom Park.\n",
			want: []want{{pred: "meet", trigger: "meet", obj: "Ken Ito", tim: "2024-04-29"}, {pred: "sign", obj: "Tom Park", tim: "-"}},
		},
		{
			desc: "a statement runs to the end of its sentence, past abbreviations",
			text: "Officials said Carl Mendez Jr., 52, left the hospital on Monday.\n",
			want: []want{{pred: "say", subj: "Officials", evidence: "Officials said Carl Mendez Jr., 52, left the hospital on Monday"}},
		},
		{
			desc: "leaving without saying says nothing",
			text: "Dora Fenn left the clinic without really saying why she was going.\n",
			none: []string{"say"},
		},
		{
			desc: "a date that modifies another noun dates that noun",
			text: "Omar Haddad was charged with arson in a costly warehouse Christmas fire.\n\nJudge Lea Marsh sentenced Haddad for the 2019 incident.\n",
			// undated lead events take the publication month, not the other noun's date
			want: []want{{pred: "charge", obj: "Omar Haddad", tim: "2024-05"}, {pred: "sentence", obj: "Omar Haddad", tim: "2024-05"}},
		},
		{
			desc: "a date before an event noun or a statement noun still dates it",
			text: "The February 2021 presidential election was delayed.\n\nIn an April interview, Nora Quist said she would run again.\n",
			want: []want{{pred: "appoint", tim: "2021-02"}, {pred: "say", subj: "Nora Quist", tim: "2024-04"}},
		},
		{
			desc: "a date after a gerund is the gerund's",
			text: "Paul Verne was convicted of robbing a jeweller in 2011.\n",
			want: []want{{pred: "convict", obj: "Paul Verne", tim: "2024-05"}},
		},
		{
			desc: "a negative subject does not negate a verb of another clause",
			text: "No militants were inside a school attacked by army units in Gaza on Tuesday.\n",
			want: []want{{pred: "attack", neg: false, place: "Gaza"}},
		},
		{
			desc: "a negative subject negates the verb",
			text: "No member of the Tarrant council would comment on Monday.\n",
			want: []want{{pred: "comment", neg: true}},
		},
		{
			desc: "the possessed noun speaks, not its possessor",
			text: "Mia Ortega's lawyer said Ortega checked into a clinic in Malibu on Friday.\n",
			want: []want{{pred: "rehab", attr: "Mia Ortega's lawyer"}},
		},
		{
			desc: "pretending to act is no act",
			text: "Rita Vance is missing after pretending to check into a clinic.\n",
			want: []want{{pred: "rehab", mod: Hedged}},
		},
		{
			desc: "a place after 'of' locates an event that happens to no one",
			text: "A strong quake struck off the coast of Chile on Tuesday.\n",
			want: []want{{pred: "quake", obj: "-", place: "Chile"}},
		},
		{
			desc: "a place after another event word is that event's",
			text: "Marco Bellini was charged in the 1990 killing of a guard at a bank in Verona.\n",
			want: []want{{pred: "kill", place: "Verona"}, {pred: "charge", obj: "Marco Bellini", place: "-"}},
		},
		{
			desc: "a place after a second, coordinated verb is that verb's",
			text: "Police arrested Ada Novak on Monday and took her to a station in Leeds.\n",
			want: []want{{pred: "arrest", obj: "Ada Novak", place: "-"}},
		},
		{
			desc: "an offer or a request to act is not the act",
			text: "Tom Reyes offered to plead guilty to fraud.\n\nThe mayor urged police to arrest Clara Diaz.\n",
			want: []want{{pred: "plead", mod: Hedged}, {pred: "arrest", obj: "Clara Diaz", mod: Hedged}},
		},
		{
			desc: "shells are ammunition; shelled is an attack",
			text: "Officers found a rifle and 20 shells in the car of Ivan Petrov.\n\nArmy units shelled Donetsk on Friday.\n",
			want: []want{{pred: "attack", trigger: "shelled", place: "Donetsk"}},
			none: []string{"attack:shells"},
		},
		{
			desc: "a passive names the one the event happens to, not the doer",
			text: "Prosecutors said Daniel Ferreira was charged with fraud on Monday.\n",
			want: []want{{pred: "charge", subj: "-", obj: "Daniel Ferreira", tim: "2024-04-29", mod: Reported, attr: "Prosecutors"}},
		},
		{
			desc: "a bare participle after its noun, without be: the noun is the patient",
			text: "Rangers forward Tomas Berg arrested after a bar fight.\n\nThe club said Lena Moreau was told of it.\n",
			want: []want{{pred: "arrest", subj: "-", obj: "Tomas Berg"}},
		},
		{
			desc: "a fixed sense stays fixed in a reduced relative: a statement released",
			text: "In a statement released on Friday, the Hartwell Group denied the claims.\n",
			none: []string{"release"},
		},
		{
			desc: "an active verb with an object is no reduced passive",
			text: "Police arrested Dana Kowalski after a car chase on Monday.\n",
			want: []want{{pred: "arrest", subj: "Police", obj: "Dana Kowalski"}},
		},
		{
			desc: "a date that ends another verb's phrase does not date the verb after it",
			text: "A nurse convicted of poisoning Leo Grant 30 years ago was released from prison in Denver.\n",
			want: []want{{pred: "release", tim: "-"}},
		},
		{
			desc: "an event after 'after' is a reference point, not dated by the date before it",
			text: "A strong aftershock hit Padang on Wednesday, just days after a powerful quake in Sumatra.\n",
			want: []want{{pred: "quake", trigger: "quake", tim: "-"}},
		},
		{
			desc: "an abbreviation with full stops does not cut an attribution",
			text: "A magnitude 4.2 earthquake struck near Cobb on Sunday, according to the U.S. Geological Survey.\n",
			want: []want{{pred: "quake", attr: "U.S. Geological Survey"}},
		},
		{
			desc: "a listed passive form: was named",
			text: "Helen Osei was named as chair of the board in March.\n",
			want: []want{{pred: "appoint", subj: "-", obj: "Helen Osei", tim: "2024-03"}},
		},
		{
			desc: "said takes no object: the name after it is what was said about",
			text: "Mayor Tom Reyes said Carla Mendez was arrested after the protest.\n",
			want: []want{{pred: "say", subj: "Tom Reyes", obj: "-"}, {pred: "arrest", subj: "-", obj: "Carla Mendez"}},
		},
		{
			desc: "told takes the one told as its object",
			text: "Carla Mendez told the Daily Ledger that the company would appeal the ruling soon.\n",
			want: []want{{pred: "say", subj: "Carla Mendez", obj: "Daily Ledger"}},
		},
		{
			desc: "a place name modifying a noun is not the subject",
			text: "A Denver judge sentenced Marco Ruiz to ten years in prison.\n",
			want: []want{{pred: "sentence", subj: "-", obj: "Marco Ruiz"}},
		},
		{
			desc: "the object of a preposition is not the subject of a later verb",
			text: "Lena Moreau flew from her Boston home to Chicago on Monday and met with Omar Haddad.\n",
			want: []want{{pred: "meet", subj: "Lena Moreau", obj: "Omar Haddad", tim: "2024-04-29"}},
		},
		{
			desc: "a name before a lone comma is not the subject of said",
			text: "Sailors boarded the Maribel Star, the navy said, and the crew surrendered.\n",
			want: []want{{pred: "say", subj: "navy"}},
		},
		{
			desc: "an adverb between subject and verb: first visited",
			text: "Anna Novak first visited Lisbon in early February.\n",
			want: []want{{pred: "visit", subj: "Anna Novak", place: "Lisbon", ord: 1}},
		},
		{
			desc: "a verb trigger after an article is a noun: a second bomb",
			text: "Police said Omar Haddad feared there might be a second bomb near the station.\n",
			none: []string{"attack"},
		},
		{
			desc: "a participle between a number and its noun is an adjective",
			text: "Of the 23 arrested pirates in Kenya, 12 came from Somalia.\n",
			none: []string{"arrest"},
		},
		{
			desc: "opened fire is an attack, not a fire",
			text: "Police said the gunman Eric Dale entered the office of Brandt Partners and opened fire.\n",
			want: []want{{pred: "attack", trigger: "opened fire", mod: Reported, attr: "Police"}},
			none: []string{"fire"},
		},
		{
			desc: "fixed phrases are not events: death penalty, press release",
			text: "Prosecutors in Ohio will seek the death penalty, the office of Dana Kim said in a press release.\n",
			none: []string{"die", "release"},
		},
		{
			desc: "a date outside a relative clause does not date the event inside it",
			text: "Leo Grant, who carried out the killings in Texas, spoke in court on Saturday.\n",
			want: []want{{pred: "kill", tim: "-"}},
		},
		{
			desc: "a noun restating the verb lends it its ordinal and scope",
			text: "Ivan Petrov met Maria Lopez in Madrid on Monday - the first such meeting since the war began.\n",
			want: []want{{pred: "meet", subj: "Ivan Petrov", obj: "Maria Lopez", place: "Madrid", tim: "2024-04-29", ord: 1}},
		},
		{
			desc: "a reduced relative gives an event noun its place",
			text: "Ivan Petrov met Maria Lopez on Monday.\n\nThe meeting, held at the Grand Hyatt Hotel, lasted three hours.\n",
			want: []want{{pred: "meet", trigger: "meeting", place: "Grand Hyatt Hotel"}},
		},
		{
			desc: "a verb of saying ends the walk for a subject: the clause it reports has its own",
			text: "Police say the angry man walked into the bar and opened fire.\n",
			want: []want{{pred: "attack", subj: "-", attr: "Police", mod: Reported}},
		},
		{
			desc: "a common noun subject hides the names further left",
			text: "Near the coast of Somalia, the pirate boats turned around and tried to flee to Yemen.\n",
			want: []want{{pred: "flee", subj: "-", place: "Yemen", mod: Hedged}},
		},
		{
			desc: "a verb of another clause does not lend its subject",
			text: "Anna Kowal was shot dead and two guards were wounded.\n",
			want: []want{{pred: "kill", subj: "-", obj: "Anna Kowal"}},
			none: []string{"injure"}, // no participant left: dropped
		},
		{
			desc: "a statement takes the date next to its verb, not the dates of what it reports",
			text: "Police said on Tuesday that he fired at officers on Saturday.\n",
			want: []want{{pred: "say", subj: "Police", tim: "2024-04-30"}},
		},
		{
			desc: "a statement does not take a date from inside the reported clause",
			text: "Police said he fired at officers on Saturday.\n",
			want: []want{{pred: "say", subj: "Police", tim: "2024-05-02"}},
		},
		{
			desc: "a capitalized trigger word is part of a name",
			text: "The Central Election Commission in Minsk declared the results valid.\n",
			none: []string{"appoint"},
		},
		{
			desc: "a trigger in another sense: meet standards, won praise",
			text: "Carla Mendez said Brazil can meet European standards. Her parents won praise from Judge Ana Ruiz.\n",
			none: []string{"meet", "win"},
		},
		{
			desc: "an event word naming the crime of a charge is not an event",
			text: "Leo Grant appeared in court in Denver on Monday on a charge of murder.\n",
			none: []string{"kill"},
		},
		{
			desc: "the speaker after the verb is the person the phrase names",
			text: "\"We will keep working on the show,\" said Academy spokeswoman Lena Moreau.\n",
			want: []want{{pred: "quote", subj: "Lena Moreau", attr: "Lena Moreau"}},
		},
		{
			desc: "a pronoun inside a quote is not the speaker",
			text: "Omar Haddad spoke to reporters in Lyon.\n\nHe killed my brother, \" Haddad said.\n",
			want: []want{{pred: "kill", subj: "-", attr: "Omar Haddad"}},
		},
		{
			desc: "announced takes no object that is the subject of what was announced",
			text: "Coach Ed Larkin announced Tony Bell will take over as head coach.\n",
			want: []want{{pred: "announce", subj: "Ed Larkin", obj: "-"}},
		},
		{
			desc: "a by-phrase after a participle names the doer",
			text: "The trip, announced by the Kenyan agency KNA, begins on Monday.\n",
			want: []want{{pred: "announce", subj: "KNA"}},
		},
		{
			desc: "a possessor's forces act for it; an apposition is the object",
			text: "Rebels attacked in 2019, after Omar Haddad's forces ousted the country's old ally, Leo Grant, in March.\n",
			want: []want{{pred: "oust", subj: "Omar Haddad", obj: "Leo Grant", tim: "2024-03"}},
		},
		{
			desc: "a number across a comma belongs to another subject",
			text: "The Chicago Cubs offered $160 million, the Boston Red Sox around $140 million.\n",
			none: []string{"quantity:$140 million"},
		},
		{
			desc: "an adjective between an article and a verb trigger makes it a noun",
			text: "Carla Mendez sued the city over an illegal arrest in 2010.\n",
			want: []want{{pred: "arrest", subj: "-", tim: "2010"}},
		},
		{
			desc: "a quoted title is not a quote: the verb must stand next to the quotation",
			text: "The Denver police have added to their \"Ten Most Wanted Fugitives\" list a man who escaped from prison in May.\n",
			none: []string{"quote"},
		},
		{
			desc: "after told, the name is the one told, not the source",
			text: "Anna Kowal, whose husband was killed in 2019, told Leo Grant in court that she forgave him.\n",
			want: []want{{pred: "kill", attr: "-"}},
		},
		{
			desc: "a speaker after a possessor: said X's lawyer, Y",
			text: "\"We deny that our client broke any rules,\" said Grant's lawyer, Omar Haddad.\n",
			want: []want{{pred: "quote", subj: "Omar Haddad", attr: "Omar Haddad"}},
		},
		{
			desc: "a relative clause without commas ends where the next verb starts",
			text: "A man who was fired from Brandt Partners last week was arrested in Denver on Monday.\n",
			want: []want{{pred: "arrest", place: "Denver", tim: "2024-04-29"}},
		},
		{
			desc: "a nationality before an event noun names its doer",
			text: "Leo Grant now lives in Lisbon under Portuguese asylum.\n",
			want: []want{{pred: "grant-asylum", subj: "Portuguese"}},
		},
		{
			desc: "a name and a verb of another clause do not make a subject",
			text: "Morningside Clinic is unlicensed and photographers saw her at a mall at the time of her check in.\n",
			none: []string{"rehab"},
		},
		{
			desc: "an age before a nationality has no person",
			text: "Omar Haddad beat the 40-year-old American in the sixth round.\n",
			none: []string{"age"},
		},
		{
			desc: "a date between an article and its noun dates the noun",
			text: "Leo Grant was convicted of the June 20, 2021 killing of a guard in Denver.\n",
			want: []want{{pred: "kill", tim: "2021-06-20"}, {pred: "convict", obj: "Leo Grant", tim: "2024-05"}},
		},
		{
			desc: "a pronoun inside a quoted sentence is not resolved",
			text: "Omar Haddad watched from his window.\n\n\"He was shouting, he was saying that he attacked the guards,\" Haddad said.\n",
			want: []want{{pred: "attack", subj: "-"}},
		},
		{
			desc: "a date does not cross a verb that is not a trigger",
			text: "A jury in Denver on Tuesday ordered prison for a man convicted of fraud in Boston.\n",
			want: []want{{pred: "convict", place: "Boston", tim: "2024-05"}},
		},
		{
			desc: "an imperative claims nothing",
			text: "For the full list of rules, visit Brandt Partners.\n",
			none: []string{"visit"},
		},
		{
			desc: "a base-form verb after a number is a noun: two hijack attempts",
			text: "On May 1, the INS Tabar repulsed two hijack attempts near Oman.\n",
			none: []string{"seize"},
		},
		{
			desc: "pulled out a gun is not a withdrawal",
			text: "Police said Leo Grant pulled out a revolver in Brooklyn.\n",
			none: []string{"withdraw"},
		},
		{
			desc: "a standalone number needs its subject's verb: not a list of things",
			text: "Police found six rifles, 12 Magazines and about 300 rounds. Leo Grant drove around the 9-acre Brandt Farm.\n",
			none: []string{"quantity:about 300 rounds", "quantity:9-acre"},
		},
		{
			desc: "a standalone number said of a name, past a relative clause",
			text: "The ministers discussed the Rzeszow airport, which handles about 60 percent of the aid.\n",
			want: []want{{pred: "quantity", subj: "Rzeszow airport"}},
		},
		{
			desc: "a pronoun after a person named by a common noun is not resolved to an earlier name",
			text: "Leo Grant was arrested in Denver.\n\nA neighbor saw a woman run into a shop in Aurora, where she met Omar Haddad.\n",
			want: []want{{pred: "meet", subj: "-", obj: "Omar Haddad"}},
		},
		{
			desc: "facilities far apart in a sentence are not a list",
			text: "Omar Haddad was shot outside Brandt Farm while on his way to work at the Denver County Jail.\n",
			none: []string{"facility"},
		},
		{
			desc: "a passive after an adverb, and with a participle like its base form",
			text: "Dana Kim is now accused of fraud. Leo Grant was hurt in a crash in Ohio.\n",
			want: []want{{pred: "charge", subj: "-", obj: "Dana Kim"}, {pred: "injure", subj: "-", obj: "Leo Grant"}},
		},
		{
			desc: "a loss to a team names an opponent, not a place",
			text: "Leo Grant was hurt last Thursday in a 27-24 loss to Chicago.\n",
			want: []want{{pred: "injure", obj: "Leo Grant", place: "-"}},
		},
		{
			desc: "sports senses are not events: injured reserve, wound up, in charge",
			text: "Boston placed Leo Grant on injured reserve. He wound up with 20 points. Egypt is in charge of the cable.\n",
			none: []string{"injure", "charge"},
		},
		{
			desc: "a date after 'after' is a reference point",
			text: "Leo Grant resigned two years after that day in October 2020.\n",
			want: []want{{pred: "resign", subj: "Leo Grant", tim: "2024-05"}},
		},
		{
			desc: "a clause with its own source ends the attribution",
			text: "Omar Haddad said his client had a small revolver, while autopsy results concluded that Leo Grant was killed by a rifle.\n",
			want: []want{{pred: "kill", obj: "Leo Grant", attr: "-"}},
		},
		{
			desc: "the speaker after the verb is the last person of the phrase",
			text: "\"We could have used the other two cables,\" said Brandt Partners spokesman Omar Haddad.\n",
			want: []want{{pred: "quote", subj: "Omar Haddad"}},
		},
		{
			desc: "a pronoun after two people in its sentence stays unresolved (no gender or discourse model)",
			text: "Omar Haddad said Leo Grant was on probation when he was arrested in Denver.\n",
			want: []want{{pred: "arrest", obj: "-", place: "Denver"}},
		},
		{
			desc: "a pronoun resolves to the one person of its sentence and the one before",
			text: "Leo Grant left the stadium at noon.\n\nHe was arrested in Denver on Monday.\n",
			want: []want{{pred: "arrest", obj: "Leo Grant", place: "Denver"}},
		},
		{
			desc: "a pronoun after two people in the sentence before stays unresolved",
			text: "Omar Haddad met Karim Moreau in Boston.\n\nHe was arrested in Chicago on Tuesday.\n",
			want: []want{{pred: "arrest", obj: "-", place: "Chicago"}},
		},
		{
			desc: "a pronoun after two people of whom one has the other gender is the one left",
			text: "Omar Haddad met Lena Moreau in Boston.\n\nHe was arrested in Chicago on Tuesday.\n",
			want: []want{{pred: "arrest", obj: "Omar Haddad", place: "Chicago"}},
		},
		{
			desc: "a pronoun after a person named by a common noun stays unresolved",
			text: "A customer told Leo Grant the phone was broken.\n\nHe was arrested in Denver on Monday.\n",
			want: []want{{pred: "arrest", obj: "-"}},
		},
		{
			desc: "a negated passive: is not signed",
			text: "Unlike the actors, Omar Haddad is not signed for a sequel with Brandt Films.\n",
			want: []want{{pred: "sign", subj: "-", obj: "Omar Haddad", neg: true}},
		},
		{
			desc: "said nothing is a negated statement",
			text: "Leo Grant said nothing after officers surrounded him in Denver, Omar Haddad said.\n",
			want: []want{{pred: "say", trigger: "said", subj: "Leo Grant", neg: true}},
		},
		{
			desc: "go to work, a heart attack: not a visit, not an attack",
			text: "Omar Haddad did not go to work in Athens today. Dana Kim died in Boston a week after a heart attack.\n",
			none: []string{"visit", "attack"},
		},
	}
	runExtractCases(t, tests)
}
