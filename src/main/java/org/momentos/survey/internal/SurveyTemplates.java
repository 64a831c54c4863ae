package org.momentos.survey.internal;

import java.util.List;
import java.util.Optional;

import org.momentos.journey.MomentKind;
import org.momentos.survey.Condition;
import org.momentos.survey.Option;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.Text;

/**
 * Ready-made bilingual surveys, each for the moment of truth it suits. The complaint
 * follow-up is the one recovery cases send.
 */
public final class SurveyTemplates {

	/** A template: its id, the moment it suits, its definition. */
	public record Template(String id, MomentKind moment, SurveyDefinition definition) {
	}

	private static final Text THANKS = new Text("¡Gracias! Su opinión nos ayuda a mejorar.",
			"Thank you! Your feedback helps us improve.");

	private static final List<Template> ALL = List.of(relationalNps(), deliveryCsat(), supportCes(), firstImpression(),
			complaintFollowUp());

	private SurveyTemplates() {
	}

	public static List<Template> all() {
		return ALL;
	}

	public static Optional<Template> find(String id) {
		return ALL.stream().filter((template) -> template.id().equals(id)).findFirst();
	}

	/** An empty survey with a title only. */
	public static SurveyDefinition blank(String name) {
		return new SurveyDefinition(new Text(name, name), Text.EMPTY, List.of(), THANKS, Text.EMPTY, Text.EMPTY, null,
				false);
	}

	static Template relationalNps() {
		return new Template("relational-nps", MomentKind.RELATIONSHIP,
				new SurveyDefinition(new Text("¿Qué tal le va con nosotros?", "How are we doing?"), Text.EMPTY, List.of(
						scale("nps", QuestionType.NPS, 1,
								"¿Qué probabilidad hay de que nos recomiende a un amigo o colega?",
								"How likely are you to recommend us to a friend or colleague?"),
						followUp("went-wrong", 2, "nps", 0, 6, "¿Qué salió mal? ¿Qué deberíamos mejorar?",
								"What went wrong? What should we improve?"),
						followUp("loved", 2, "nps", 9, 10, "¿Qué es lo que más le gustó?", "What did you love?"),
						followUp("improve", 2, "nps", 7, 8, "¿Qué haría falta para que nos diera un 10?",
								"What would it take for us to earn a 10?")),
						THANKS,
						new Text("Sentimos no haber estado a la altura. Leemos cada respuesta.",
								"We are sorry we fell short. We read every answer."),
						new Text("¡Gracias por su confianza!", "Thank you for your trust!"), null, true));
	}

	static Template deliveryCsat() {
		return new Template("delivery-csat", MomentKind.ACTUAL,
				new SurveyDefinition(new Text("Su pedido ha llegado", "Your order has arrived"), Text.EMPTY,
						List.of(scale("csat", QuestionType.CSAT, 1, "¿Qué satisfecho está con la entrega de su pedido?",
								"How satisfied are you with the delivery of your order?"),
								new Question("on-time", QuestionType.YES_NO,
										new Text("¿Llegó a tiempo?", "Did it arrive on time?"), null, false, 1,
										List.of(), null),
								new Question("issues", QuestionType.MULTIPLE_CHOICE,
										new Text("¿Hubo algún problema?", "Was there any problem?"), null, false, 2,
										List.of(option("late", "Llegó tarde", "It was late"),
												option("damaged", "Llegó dañado", "It arrived damaged"),
												option("wrong", "Producto equivocado", "Wrong item"),
												option("courier", "Trato del repartidor", "Courier's manner")),
										new Condition("csat", 1, 3, null)),
								new Question("comment", QuestionType.LONG_TEXT,
										new Text("¿Algo más que quiera contarnos?",
												"Anything else you want to tell us?"),
										null, false, 2, List.of(), null)),
						THANKS, Text.EMPTY, Text.EMPTY, null, true));
	}

	static Template supportCes() {
		return new Template("support-ces", MomentKind.FAILURE,
				new SurveyDefinition(new Text("Su consulta de soporte", "Your support request"), Text.EMPTY, List.of(
						scale("ces", QuestionType.CES, 1, "¿Qué tan fácil fue resolver su problema con nosotros?",
								"How easy was it to get your issue resolved?"),
						new Question("resolved", QuestionType.YES_NO, new Text("¿Quedó resuelto?", "Was it resolved?"),
								null, true, 1, List.of(), null),
						followUp("effort", 2, "ces", 1, 3, "¿Qué lo hizo difícil?", "What made it hard?")), THANKS,
						Text.EMPTY, Text.EMPTY, null, true));
	}

	static Template firstImpression() {
		return new Template("first-impression", MomentKind.FIRST,
				new SurveyDefinition(new Text("Su primera impresión", "Your first impression"), Text.EMPTY,
						List.of(scale("rating", QuestionType.STAR_RATING, 1,
								"¿Cómo valora su primera experiencia con nosotros?",
								"How do you rate your first experience with us?"),
								new Question("found", QuestionType.SINGLE_CHOICE,
										new Text("¿Cómo nos conoció?", "How did you hear about us?"), null, false, 1,
										List.of(option("search", "Buscador", "Search engine"),
												option("friend", "Un amigo o familiar", "A friend or relative"),
												option("social", "Redes sociales", "Social media"),
												option("walk-in", "Pasaba por aquí", "Walking by")),
										null),
								new Question("first-words", QuestionType.SHORT_TEXT,
										new Text("Descríbanos en pocas palabras", "Describe us in a few words"), null,
										false, 1, List.of(), null)),
						THANKS, Text.EMPTY, Text.EMPTY, null, false));
	}

	static Template complaintFollowUp() {
		return new Template("complaint-follow-up", MomentKind.FAILURE, new SurveyDefinition(
				new Text("Sobre su reclamación", "About your complaint"),
				new Text("Queremos saber si resolvimos bien su caso.",
						"We want to know whether we handled your case well."),
				List.of(scale("csat", QuestionType.CSAT, 1, "¿Qué satisfecho está con cómo resolvimos su reclamación?",
						"How satisfied are you with how we handled your complaint?"),
						scale("nps", QuestionType.NPS, 1, "¿Nos recomendaría ahora a un amigo o colega?",
								"Would you now recommend us to a friend or colleague?"),
						followUp("still-wrong", 2, "csat", 1, 3, "¿Qué sigue sin estar bien?",
								"What is still not right?")),
				THANKS, Text.EMPTY, Text.EMPTY, null, true));
	}

	private static Question scale(String key, QuestionType type, int page, String es, String en) {
		return new Question(key, type, new Text(es, en), null, true, page, List.of(), null);
	}

	private static Question followUp(String key, int page, String on, int min, int max, String es, String en) {
		return new Question(key, QuestionType.LONG_TEXT, new Text(es, en), null, false, page, List.of(),
				new Condition(on, min, max, null));
	}

	private static Option option(String key, String es, String en) {
		return new Option(key, new Text(es, en));
	}

}
