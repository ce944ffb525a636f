package com.merchantanalysis.simulator.merchant.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.simulator.merchant.domain.MerchantChanges;
import com.merchantanalysis.simulator.merchant.domain.MerchantService;
import com.merchantanalysis.simulator.merchant.domain.NewMerchant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Merchants", description = "Merchants: created from an archetype or for imported data, edited, deleted")
@RequestMapping("/api/v1/simulator/merchants")
class MerchantController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final MerchantService merchants;
    private final ZoneId defaultZone;

    MerchantController(MerchantService merchants, @Value("${merchant.zone}") ZoneId defaultZone) {
        this.merchants = merchants;
        this.defaultZone = defaultZone;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<MerchantResponse> create(@Valid @RequestBody CreateMerchantRequest request) {
        var created = merchants.create(new NewMerchant(request.archetype(), strip(request.name()),
                request.industry(), strip(request.city()), request.cityTier(), request.openingDate(),
                zone(request.zoneId()),
                request.licences() == null ? List.of()
                        : request.licences().stream().map(LicenceView::toLicence).toList(),
                channels(request.channels()), request.openingCashBalance()));
        return ResponseEntity.created(URI.create("/api/v1/simulator/merchants/" + created.id()))
                .body(MerchantResponse.of(created));
    }

    @GetMapping("/{merchantId}")
    MerchantResponse get(@PathVariable String merchantId, Authentication authentication) {
        return MerchantResponse.of(merchants.get(Caller.from(authentication), merchantId));
    }

    @GetMapping
    PageResponse<MerchantResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication authentication) {
        return PageResponse.of(merchants.list(Caller.from(authentication), page, size), MerchantResponse::of);
    }

    @Operation(summary = "Edit a merchant's profile, opening balance, channels or licences",
            description = """
                    A JSON merge patch (RFC 7396): send only the fields to change. `licences` and `channels` \
                    replace the whole list, so send the list as GET shows it, with the change (a renewed \
                    licence's `validUntil`, a new fee rate). A field cannot be removed: null is 400. The zone, \
                    opening date and archetype cannot be changed. ADMIN, or the merchant itself.

                    A change raises the merchant's `dataVersion`, so the analyses recompute with it; an edit \
                    that changes nothing keeps the version. Answers the merchant as GET does.""")
    @PatchMapping(path = "/{merchantId}", consumes = { MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE })
    @PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
    MerchantResponse update(@PathVariable String merchantId, @Valid @RequestBody UpdateMerchantRequest request,
            Authentication authentication) {
        List<ChannelView> channels = value(request.channels());
        List<LicenceView> licences = value(request.licences());
        var changes = new MerchantChanges(strip(value(request.name())), value(request.industry()),
                strip(value(request.city())), value(request.cityTier()), value(request.openingCashBalance()),
                channels == null ? null : channels(channels),
                licences == null ? null : licences.stream().map(LicenceView::toLicence).toList());
        return MerchantResponse.of(merchants.update(Caller.from(authentication), merchantId, changes));
    }

    @DeleteMapping("/{merchantId}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable String merchantId, Authentication authentication) {
        merchants.delete(Caller.from(authentication), merchantId);
        return ResponseEntity.noContent().build();
    }

    /** A field of the patch, or null when it was left out (an explicit null has been refused by validation). */
    private static <T> T value(Optional<T> field) {
        return field == null ? null : field.orElseThrow();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private ZoneId zone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new InvalidFieldException("zoneId", "is not a known time zone (e.g. Asia/Shanghai)");
        }
    }

    private static List<com.merchantanalysis.common.data.ChannelContract> channels(List<ChannelView> channels) {
        if (channels == null) {
            return List.of();
        }
        EnumSet<PaymentChannel> seen = EnumSet.noneOf(PaymentChannel.class);
        for (ChannelView channel : channels) {
            if (!seen.add(channel.channel())) {
                throw new InvalidFieldException("channels", "lists " + channel.channel() + " more than once");
            }
        }
        return channels.stream().map(ChannelView::toContract).toList();
    }
}
