package org.momentos.survey.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.momentos.survey.Question;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The results page of a survey and its exports: one row per response, CSV or XLSX. */
@Controller
@RequestMapping("/w/{workspace}/surveys/{id}")
class SurveyResultsController {

	private final Surveys surveys;

	private final ResponseStore responses;

	private final InvitationStore invitations;

	SurveyResultsController(Surveys surveys, ResponseStore responses, InvitationStore invitations) {
		this.surveys = surveys;
		this.responses = responses;
		this.invitations = invitations;
	}

	@GetMapping("/results")
	String results(WorkspaceAccess access, @PathVariable long id, java.util.Locale locale, Model model) {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		model.addAttribute("survey", survey);
		model.addAttribute("results", Results.of(survey, this.responses.list(access.workspaceId(), survey.id()),
				this.invitations.countByChannel(survey.id()), locale.getLanguage()));
		return "survey/results";
	}

	@GetMapping("/results.csv")
	ResponseEntity<byte[]> csv(WorkspaceAccess access, @PathVariable long id) throws IOException {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			for (List<String> row : rows(access, survey)) {
				printer.printRecord(row);
			}
		}
		return download(survey, "csv", "text/csv;charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/results.xlsx")
	ResponseEntity<byte[]> xlsx(WorkspaceAccess access, @PathVariable long id) throws IOException {
		Survey survey = this.surveys.get(access, new SurveyId(id));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Momentos", "1.0");
		Worksheet sheet = workbook.newWorksheet("Responses");
		List<List<String>> rows = rows(access, survey);
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				String value = row.get(c);
				if (r > 0 && value.matches("-?\\d{1,9}")) {
					sheet.value(r, c, Integer.parseInt(value));
				}
				else {
					sheet.value(r, c, value);
				}
			}
		}
		sheet.style(0, 0).bold().set();
		workbook.finish();
		return download(survey, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				out.toByteArray());
	}

	private List<List<String>> rows(WorkspaceAccess access, Survey survey) {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("response", "status", "channel", "language", "completed_at",
				"customer_reference", "contact_consent", "signal"));
		survey.definition().questions().forEach((question) -> header.add(question.key()));
		rows.add(header);
		for (SurveyResponse response : this.responses.list(access.workspaceId(), survey.id())) {
			List<String> row = new ArrayList<>(List.of(Long.toString(response.id()),
					response.complete() ? "complete" : "partial", response.channel(), response.language(),
					response.completedAt() == null ? "" : response.completedAt().atOffset(ZoneOffset.UTC).toString(),
					response.customerReference() == null ? "" : response.customerReference(),
					Boolean.toString(response.contactConsent()),
					response.signalId() == null ? "" : response.signalId().toString()));
			for (Question question : survey.definition().questions()) {
				Object answer = response.answers().get(question.key());
				row.add(answer == null ? "" : answer instanceof List<?> list
						? String.join(";", list.stream().map(String::valueOf).toList()) : answer.toString());
			}
			rows.add(row);
		}
		return rows;
	}

	private static ResponseEntity<byte[]> download(Survey survey, String extension, String type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("survey-" + survey.publicId() + "-results." + extension, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
