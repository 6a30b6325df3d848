package ua.fakh.core.plugins.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.plugins.InstalledPlugins;

import java.util.List;

@ApiProblems.SignedIn
@Controller("/api/plugins")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PluginController {
    private final InstalledPlugins plugins;
    private final LocaleChoice locales;

    PluginController(InstalledPlugins plugins, LocaleChoice locales) {
        this.plugins = plugins;
        this.locales = locales;
    }

    @Operation(summary = "Installed plugins by type.")
    @Get
    List<InstalledPlugins.Entry> list(HttpRequest<?> request) {
        return plugins.list(locales.of(request));
    }
}
