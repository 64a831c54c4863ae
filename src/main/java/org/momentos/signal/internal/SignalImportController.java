package org.momentos.signal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.momentos.platform.Flash;
import org.momentos.platform.Problem;
import org.momentos.signal.SignalSource;
import org.momentos.signal.internal.ImportMapping.DateOrder;
import org.momentos.signal.internal.ImportSessions.ImportSession;
import org.momentos.signal.internal.SignalImports.Policy;
import org.momentos.workspace.AuditTrail;
import org.momentos.workspace.Permission;
import org.momentos.workspace.WorkspaceAccess;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import screens: upload a file, map its columns with a preview, run the dry run,
 * import (nothing if anything is wrong, or the valid rows), download the rejected rows.
 */
@Controller
class SignalImportController {

	private final ImportSessions sessions;

	private final SignalImports imports;

	private final AuditTrail audit;

	SignalImportController(ImportSessions sessions, SignalImports imports, AuditTrail audit) {
		this.sessions = sessions;
		this.imports = imports;
		this.audit = audit;
	}

	@GetMapping("/w/{workspace}/signals/imports/new")
	String upload(WorkspaceAccess access, Model model) {
		access.require(Permission.MANAGE_SIGNALS);
		model.addAttribute("sources", SignalSource.values());
		model.addAttribute("saved", this.imports.savedMappings(access.workspaceId()).keySet());
		return "signal/import-new";
	}

	@PostMapping("/w/{workspace}/signals/imports")
	String start(WorkspaceAccess access, @RequestParam MultipartFile file, @RequestParam SignalSource source,
			@RequestParam(required = false) String saved, RedirectAttributes redirect) throws IOException {
		access.require(Permission.MANAGE_SIGNALS);
		if (file.isEmpty()) {
			Flash.error(redirect, Problem.invalid("import.file.required"));
			return "redirect:/w/" + access.slug() + "/signals/imports/new";
		}
		Path uploaded = Files.createTempFile("momentos-upload-", ".tmp");
		file.transferTo(uploaded);
		ImportSession session = this.sessions.start(access.workspaceId(), file.getOriginalFilename(), uploaded, source);
		if (saved != null && !saved.isBlank()) {
			ImportMapping mapping = this.imports.savedMappings(access.workspaceId()).get(saved);
			if (mapping != null) {
				session.mapping = mapping;
			}
		}
		return "redirect:/w/" + access.slug() + "/signals/imports/" + session.token();
	}

	@GetMapping("/w/{workspace}/signals/imports/{token}")
	String show(WorkspaceAccess access, @PathVariable String token, Model model) {
		ImportSession session = session(access, token);
		model.addAttribute("upload", session);
		model.addAttribute("fields", ImportMapping.FIELDS);
		model.addAttribute("sources", SignalSource.values());
		model.addAttribute("dateOrders", DateOrder.values());
		return "signal/import";
	}

	@PostMapping("/w/{workspace}/signals/imports/{token}/check")
	String check(WorkspaceAccess access, @PathVariable String token, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		ImportSession session = session(access, token);
		Map<String, String> columns = new LinkedHashMap<>();
		ImportMapping.FIELDS.forEach((field) -> columns.put(field, form.get("column." + field)));
		session.mapping = new ImportMapping(SignalSource.valueOf(form.getOrDefault("source", "OTHER")), columns,
				DateOrder.valueOf(form.getOrDefault("dateOrder", "AUTO")), form.get("timeZone"));
		try {
			String name = form.get("saveAs");
			if (name != null && !name.isBlank()) {
				this.imports.saveMapping(access.workspaceId(), name, session.mapping);
			}
			this.sessions.check(session);
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/signals/imports/" + token;
	}

	@PostMapping("/w/{workspace}/signals/imports/{token}/run")
	String run(WorkspaceAccess access, @PathVariable String token, @RequestParam Policy policy, Locale locale,
			RedirectAttributes redirect) {
		ImportSession session = session(access, token);
		try {
			this.sessions.run(session, policy, locale);
			this.audit.record(access, "signals.imported", session.fileName() + " (" + policy + ")");
		}
		catch (Problem problem) {
			Flash.error(redirect, problem);
		}
		return "redirect:/w/" + access.slug() + "/signals/imports/" + token;
	}

	@GetMapping("/w/{workspace}/signals/imports/{token}/rejected.csv")
	ResponseEntity<Resource> rejected(WorkspaceAccess access, @PathVariable String token) {
		ImportSession session = session(access, token);
		if (session.outcome() == null || !Files.exists(session.rejectedRows())) {
			throw Problem.notFound("import.notFound");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejected-rows.csv\"")
			.body(new FileSystemResource(session.rejectedRows()));
	}

	private ImportSession session(WorkspaceAccess access, String token) {
		access.require(Permission.MANAGE_SIGNALS);
		return this.sessions.find(access.workspaceId(), token).orElseThrow(() -> Problem.notFound("import.notFound"));
	}

}
