package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** How reviews of products judge them, in both languages, as a table of examples. */
class ProductReviewsTest {

	/**
	 * Products: batteries, build, arrival; "dura" lasts, "barato" can be cheap-looking;
	 * "than expected" compares, it hopes for nothing; a product as pictured, or not.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			La batería dura muchísimo                     | positive
			La batería dura poco                          | negative
			El material parece barato                     | negative
			Viene sin instrucciones                       | negative
			Llegó sin problemas y rápido                  | positive
			Dejó de funcionar al mes                      | negative
			Llegó antes de lo previsto                    | positive
			The battery dies quickly                      | negative
			Feels sturdy and well built                   | positive
			Does not hold a charge                        | negative
			Arrived earlier than expected and works great | positive
			Took longer than expected and arrived damaged | negative
			Exactly what I was looking for                | positive
			Lasted two weeks                              | negative
			Tal y como se ve en las fotos                 | positive
			No se parece en nada a la foto                | negative
			""")
	void products(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Marketplace reviews: what does not hold up, bends, rusts, deflates or stops
	 * working; the wrong colour; what the new one has that the old one lacked.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			El protector se trizó a la primera caída, no aguanta nada | negative
			La pelota se desinfla en un par de días                   | negative
			Se ha oxidado tras varios lavados                         | negative
			Dejó de cargar a los dos meses                            | negative
			No vale ni lo que cuesta el envío                         | negative
			Me vino otro color del que pedí                           | negative
			Lo enchufé y saltaron los plomos de casa                  | negative
			Comparada con la que tenía, no hay comparación            | positive
			Los audífonos cancelan bastante ruido en el metro         | positive
			Me arrepiento de no haberlo comprado antes                | positive
			La bicicleta llegó con el marco doblado                   | negative
			Los juguetes se desgarran con nada                        | negative
			No los compraría para perros grandes                      | negative
			La bicicleta estática es silenciosa                       | positive
			Parece de mejor calidad en la foto                        | negative
			Son fáciles de perder                                     | negative
			Una castaña. Mejor el de toda la vida                     | negative
			Ha llegado 20 días tarde                                  | negative
			Frutero de dos niveles, cabe toda la fruta en poco espacio | positive
			Ocupa poco espacio doblada y se monta enseguida           | positive
			Es como dice la descripción                               | positive
			Tal y como sale en la imagen                              | positive
			Entregado dentro de plazo                                 | positive
			No llegó dentro del plazo                                 | negative
			No tiene las medidas que pone en la foto                  | negative
			No me han entrado los cubiertos en el cajón               | negative
			La caja venía abierta                                     | negative
			Me lo esperaba peor y ha quedado muy chulo                | positive
			""")
	void marketplaceProducts(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * English product reviews: what lied, dried out, fell off, jammed or slips; what a
	 * pet or a grandchild loved, a holy grail, skin that never looked better; a date
	 * label ("best by") and fruit jam are no opinion.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Sizing chart is a lie.                              | negative
			Expired. Best by date was 4 months ago.             | negative
			Pens were dried out right out of the package.       | negative
			Stroller wheel fell off in a parking lot. I'm done. | negative
			Paper jams every other page.                        | negative
			Wrench slips on bolts.                              | negative
			Sound is really tinny.                              | negative
			Dog goes nuts for these treats.                     | positive
			Grandkids had a blast with this kite.               | positive
			Holy grail for dry skin.                            | positive
			Cut through 4x4s like butter.                       | positive
			My skin has never looked better.                    | positive
			Freezer jams are excellent.                         | positive
			Why did I wait so long to buy this.                 | positive
			Makes fluffy pancakes that are to die for.          | positive
			Not too shabby!                                     | positive
			My terrier thrives on this food.                    | positive
			It doesn't overpower the coffee.                    | positive
			The garlic is overpowering.                         | negative
			I wish I had found these sooner.                    | positive
			Hard to find in stores, so I order it here.         | neutral
			The reset button is hard to find.                   | negative
			A bit of butter on it put it over the top in taste. | positive
			They can be eaten alone or served with a meal.      | neutral
			""")
	void englishProducts(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * What arrives wrong, incomplete, scratched or in another language, and what fails in
	 * use or lasts too little, told as plain facts; and what a room lacks or has had
	 * done.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Está rayado y las instrucciones solo en francés.           | negative
			Pedí el azul y me mandaron otro modelo.                    | negative
			Aún no lo he recibido.                                     | negative
			No pega del todo, se ha despegado en dos usos.             | negative
			Al poco tiempo ya no van.                                  | negative
			Solo ha durado un mes.                                     | negative
			Había goteras y hormigas en la habitación.                 | negative
			Solo encienden la mitad de los led y no calienta mucho.    | negative
			La funda se queda marcada con facilidad.                   | negative
			Hotel recién remodelado, en pleno centro.                  | positive
			Instalaciones decrépitas y no andaba el aire.              | negative
			No te quedes en este hotel, elige otro.                    | negative
			Una catedral imponente.                                    | positive
			Se rompe muy fácil.                                        | negative
			Muy fácil de montar.                                       | positive
			Llegaron todas partidas menos dos.                         | negative
			A mi perro no le hizo nada de nada.                        | negative
			Me enviaron una talla más pequeña que la que pedí.         | negative
			Solo funciona una de las dos salidas.                      | negative
			No cabe ni un libro pequeño.                               | negative
			No cabe duda de que es el mejor que he tenido.             | positive
			La funda no cubre bien la cámara.                          | negative
			Herramienta de calidad baja.                               | negative
			Plástico de calidad inferior.                              | negative
			Un producto de calidad media.                              | neutral
			Un producto de calidad, muy recomendable.                  | positive
			No se correspondía con el modelo pedido.                   | negative
			Han venido sin el pincel.                                  | negative
			Tiene un zumbido constante.                                | negative
			Da muy poca luz y poca potencia.                           | negative
			Cuando se enchufa salta el diferencial.                    | negative
			A los seis meses han muerto.                               | negative
			He comprado este producto y nunca me ha llegado.           | negative
			Me enviaron la 39 cuando yo pedí la 41.                    | negative
			Instructions only in German and it barely works.           | negative
			Lasted only two weeks before the sole came unglued.        | negative
			The room was covered in dust and there were ants.          | negative
			Las costuras se abrieron al primer lavado                  | negative
			Ni un rasguño después de meses de uso                      | positive
			La fecha de caducidad muy próxima                          | negative
			La batería se hinchó                                       | negative
			Conecta a la primera                                       | positive
			Lo he tenido que tirar                                     | negative
			Mi gato ni lo mira                                         | negative
			No pierde nada de agua                                     | positive
			Las pilas no venían incluidas y no lo dice                 | negative
			Incluye pilas, todo un detalle                             | positive
			Calienta en segundos                                       | positive
			Charges in no time                                         | positive
			Not a single scratch after months of use                   | positive
			My dog goes crazy for these                                | positive
			Built like a tank                                          | positive
			Battery swelled up                                         | negative
			My cat won't touch it                                      | negative
			The lid doesn't seal                                       | negative
			Doesn't do what it claims                                  | negative
			Worked great at first, then died after a month             | negative
			Al principio iba bien, luego se estropeó                   | negative
			Se rompió en segundos                                      | negative
			""")
	void factsOfFailureAndOfRooms(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A delivery short of what was paid for, told only with numbers or sizes (fewer than
	 * paid for, less than the label says, another size or colour than ordered), is a
	 * complaint; the same numbers and sizes when they match, or a size only wished for,
	 * are not.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Me llegaron 45 de los 50 que pagué                    | negative
			got 3 of the 4 I ordered                              | negative
			El envase pone 500 gramos y pesa 420                  | negative
			The bag says 500g, it weighs 420g                     | negative
			Pedí la talla M y me enviaron una S                   | negative
			Ordered a medium, received a small                    | negative
			Pedí el azul y me llegó el rojo                       | negative
			Me llegaron los 50 que pagué                          | neutral
			The box says 12 pieces and has 12                     | neutral
			Ordered a medium, received it in two days             | neutral
			Pedí la talla M y me llegó la M, perfecta             | positive
			i bought a medium and i am kinda wishing i got a small | neutral
			""")
	void aDeliveryShortOfWhatWasPaidFor(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Faults told as facts: batteries flat on arrival, a date gone by, a dent, fog inside
	 * what was sold as waterproof, one earbud of two, a colour unlike the photo. A hope
	 * that it fits is no praise yet.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Las pilas vinieron gastadas                                        | negative
			La fecha de caducidad era de hace un mes                           | negative
			Expiry date was a month ago                                        | negative
			Arrived with a dent in the side                                    | negative
			Pone que es resistente al agua y se empañó por dentro con la lluvia | negative
			Says waterproof, fogged up inside after one rain                   | negative
			Only one of the two earbuds works                                  | negative
			El color no tiene nada que ver con el de la foto                   | negative
			Pedí la talla M, espero que me quede bien                          | neutral
			""")
	void faultsToldAsFacts(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Everyday Spanish product reviews: a cheap imitation, a battery that runs down, glue
	 * that does not stick are complaints; "para lo que cuesta no está mal" is a
	 * three-star verdict; an app that downloads quickly is praise.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Imitación barata, nada que ver con el original           | negative
			Tarda muchísimo en cargar y se descarga enseguida        | negative
			El pegamento no pega nada                                | negative
			Pega muy bien, incluso en superficies rugosas            | positive
			Para lo que cuesta no está mal                           | neutral
			La app se descarga enseguida y es fácil de usar          | positive
			""")
	void everydaySpanishProductReviews(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Returns, exchanges and buying again: a size swapped that now fits and a second one
	 * bought for a sister are praise ("una talla menos" negates nothing); a return
	 * refused by a day and a third replacement are complaints.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Lo cambié por una talla menos y ahora me queda perfecto      | positive
			Me rechazaron la devolución por un día                       | negative
			I'm on my third replacement                                  | negative
			Voy por el tercer reemplazo                                  | negative
			Bought a second one for my sister                            | positive
			Me he comprado otro para mi hermana                          | positive
			Already ordered it in two more colours                       | positive
			Ya lo he pedido en dos colores más                           | positive
			""")
	void returnsExchangesAndBuyingAgain(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * Battery, fit and setup told plainly: a battery that holds two days, a delivery
	 * quicker than expected and a setup of five minutes are praise; two sizes small is a
	 * complaint.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			La batería aguanta dos días sin problema            | positive
			Tardó menos de lo esperado y llegó perfecto         | positive
			Se instala en cinco minutos                         | positive
			Setup took five minutes                             | positive
			Runs two sizes small                                | negative
			""")
	void batteryFitAndSetupToldPlainly(String text, String label) {
		assertLabel(text, label);
	}

}
