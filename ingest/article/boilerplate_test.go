package article

import (
	"strings"
	"testing"
)

func TestDropBoilerplateTrailing(t *testing.T) {
	story := []string{
		"The council approved the new budget on Tuesday after a long debate.",
		"Officials said the plan would raise spending by four percent next year.",
		"Opposition members asked for an independent review of the forecasts.",
	}
	rules := "We welcome reader comments on the stories of the day. Some comments may be republished in the newspaper. " +
		"Please understand that comments are moderated and it is not always possible to publish all that have been submitted, " +
		"but we will try to publish comments that are representative of all received. We ask that comments are civil."
	copyrightLine := "© 2026, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media, and reprinting without it is an infringement. Contact the newsroom for licensing terms."
	cases := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"long comment rules after the story dropped", append(append([]string{}, story...), rules), story},
		{"long copyright notice before a last line dropped", append(append([]string{}, story...), copyrightLine, "Tags"), append(append([]string{}, story...), "Tags")},
		{"long promo word in the middle kept", []string{story[0], rules, story[1], story[2], "Fin."}, []string{story[0], rules, story[1], story[2], "Fin."}},
		{"read-colon teaser link dropped", append(append([]string{}, story...), "Lea: El consejo aborda este miércoles la reforma"), story},
		{"teaser with an inverted exclamation mark dropped", append(append([]string{}, story...), "¡Mira lo que tiene nuestro canal de vídeo!"), story},
		{"most-read list after the story dropped whatever its length", append(append([]string{}, story...), "Lo más leído "+strings.Repeat("Otro titular de la portada con su resumen. ", 8), "Fin."), append(append([]string{}, story...), "Fin.")},
		{"section heading of a list dropped", append(append([]string{}, story...), "Weitere aktuelle Themen aus der Arbeitswelt"), story},
		{"teaser ending in a non-ASCII letter dropped", append(append([]string{}, story...), "Czytaj też: Wyścig trwa"), story},
		{"update stamp dropped", append(append([]string{}, story...), "Letzte Änderung 14.02.2026", "Fin."), append(append([]string{}, story...), "Fin.")},
		{"letters prompt dropped", append(append([]string{}, story...), "Submit your letter to the editor via this form."), story},
		{"embed placeholder dropped", append(append([]string{}, story...), "Klicken Sie auf den unteren Button, um den Inhalt von www.example.com zu laden."), story},
		{"story sentence about comments kept", append(append([]string{}, story...), "Tell me in the comments what you think."), append(append([]string{}, story...), "Tell me in the comments what you think.")},
		{"closing story paragraph about subscribers kept", append(append([]string{}, story...), "The streaming service said it had added five million subscribers in the quarter, more than analysts expected, and that it would raise prices in Europe next year. Its shares rose eight percent in late trading after the results were published, the biggest gain since the spring."), append(append([]string{}, story...), "The streaming service said it had added five million subscribers in the quarter, more than analysts expected, and that it would raise prices in Europe next year. Its shares rose eight percent in late trading after the results were published, the biggest gain since the spring.")},
		{"closing story paragraph starting with Community kept", append(append([]string{}, story...), "Community leaders said they would meet the mayor again next week.", "Fin."), append(append([]string{}, story...), "Community leaders said they would meet the mayor again next week.", "Fin.")},
		{"short body keeps its last paragraphs", []string{story[0], rules}, []string{story[0], rules}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := dropBoilerplate(strings.Join(c.paras, "\n\n"))
			if want := strings.Join(c.want, "\n\n"); got != want {
				t.Errorf("dropBoilerplate =\n%q\nwant\n%q", got, want)
			}
		})
	}
}
