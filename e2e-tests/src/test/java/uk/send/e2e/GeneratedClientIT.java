package uk.send.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.send.devstack.DevTokens;
import uk.send.devstack.ServiceProcess;
import uk.send.e2e.client.funding.api.SettingsApi;
import uk.send.e2e.client.funding.model.SettingPage;
import uk.send.e2e.client.funding.model.SettingRequest;
import uk.send.e2e.client.funding.model.SettingType;
import uk.send.e2e.client.funding.model.SettingView;
import uk.send.e2e.client.placement.api.ProvidersApi;
import uk.send.e2e.client.placement.model.NeedType;
import uk.send.e2e.client.placement.model.ProviderPage;
import uk.send.e2e.client.placement.model.ProviderRequest;
import uk.send.e2e.client.placement.model.ProviderType;
import uk.send.e2e.client.placement.model.ProviderView;
import uk.send.e2e.client.plan.api.ProgrammesApi;
import uk.send.e2e.client.plan.model.ProgrammeKind;
import uk.send.e2e.client.plan.model.ProgrammePage;
import uk.send.e2e.client.plan.model.ProgrammeRequest;
import uk.send.e2e.client.plan.model.ProgrammeView;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A partner's view of the contract: Java clients generated (validation on) from the documents committed in
 * docs/api/, used against the packaged services, create and list programmes, settings and providers, and
 * read a problem+json answer through the typed exception.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientIT {

    private RunningPlatform platform;
    private ServiceProcess plan;
    private ServiceProcess funding;
    private ServiceProcess placement;

    @BeforeAll
    void startServices() throws Exception {
        platform = new RunningPlatform();
        plan = platform.start("plan-service");
        funding = platform.start("funding-service");
        placement = platform.start("placement-service");
    }

    @AfterAll
    void stopServices() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private static String la() {
        return "GC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void shouldCreateAndListProgrammesWithTheGeneratedClient() throws Exception {
        String la = la();
        String token = DevTokens.mint(la, "head.of.sen@" + la + ".gov.uk", "programme-lead");
        var client = new uk.send.e2e.client.plan.ApiClient();
        client.updateBaseUri(plan.baseUrl());
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        ProgrammesApi programmes = new ProgrammesApi(client);

        ProgrammeView created = programmes.createProgramme(
                new ProgrammeRequest().title("SEND recovery plan 2026-27").kind(ProgrammeKind.RECOVERY_PLAN),
                UUID.randomUUID().toString());
        ProgrammePage page = programmes.listProgrammes(0, 20);

        assertThat(created.getId()).isNotNull();
        assertThat(created.getKind()).isEqualTo(ProgrammeKind.RECOVERY_PLAN);
        assertThat(page.getTotalItems()).isEqualTo(1L);
        assertThat(page.getItems()).extracting(ProgrammeView::getTitle).containsExactly("SEND recovery plan 2026-27");
        assertThat(programmes.getProgramme(created.getId()).getTitle()).isEqualTo("SEND recovery plan 2026-27");
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> programmes.getProgramme(unknown))
                .isInstanceOfSatisfying(uk.send.e2e.client.plan.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("\"status\":404").contains(unknown.toString());
                });
    }

    @Test
    void shouldCreateAndListSettingsWithTheGeneratedClient() throws Exception {
        String la = la();
        String token = DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance");
        var client = new uk.send.e2e.client.funding.ApiClient();
        client.updateBaseUri(funding.baseUrl());
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        SettingsApi settings = new SettingsApi(client);

        SettingView created = settings.createSetting(new SettingRequest().urn("118234").name("Oak Acre Primary School")
                .type(SettingType.MAINSTREAM_PRIMARY).cluster("North Norfolk"), UUID.randomUUID().toString());
        SettingPage page = settings.listSettings(null, null, 0, null, 20, null);

        assertThat(created.getId()).isNotNull();
        assertThat(page.getTotalItems()).isEqualTo(1L);
        assertThat(page.getItems()).extracting(SettingView::getUrn).containsExactly("118234");
        assertThat(settings.getSettingByUrn("118234").getName()).isEqualTo("Oak Acre Primary School");
    }

    @Test
    void shouldCreateAndListProvidersWithTheGeneratedClient() throws Exception {
        String la = la();
        String token = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");
        var client = new uk.send.e2e.client.placement.ApiClient();
        client.updateBaseUri(placement.baseUrl());
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        ProvidersApi providers = new ProvidersApi(client);

        ProviderView created = providers.createProvider(new ProviderRequest().name("Oakwood Special School")
                .type(ProviderType.SPECIAL_SCHOOL).needTypes(Set.of(NeedType.ASD, NeedType.SEMH)).urn("100123"),
                UUID.randomUUID().toString());
        ProviderPage page = providers.listProviders(null, NeedType.ASD, 0, null, 20, null);

        assertThat(created.getId()).isNotNull();
        assertThat(created.getNeedTypes()).containsExactlyInAnyOrder(NeedType.ASD, NeedType.SEMH);
        assertThat(page.getTotalItems()).isEqualTo(1L);
        assertThat(page.getItems()).extracting(ProviderView::getName).containsExactly("Oakwood Special School");
        assertThatThrownBy(() -> providers.listProviders(null, null, 0, null, 500, null))
                .isInstanceOfSatisfying(uk.send.e2e.client.placement.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("\"field\":\"size\"");
                });
    }
}
