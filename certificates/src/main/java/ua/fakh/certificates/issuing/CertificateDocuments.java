package ua.fakh.certificates.issuing;

import ua.fakh.core.security.Caller;

import java.util.UUID;

/** The documents of one certificate, for those who may see it (holder, the course's trainers, HR above the holder, administrators). */
public interface CertificateDocuments {

    /** The signed PDF, exactly the bytes issued (rendered and kept on first use should issuing not have made it). */
    CertificateFile pdf(UUID certificateId, Caller caller);

    /** The Open Badges 3.0 credential as a VC-JWT ({@code application/vc+jwt}). */
    CertificateFile credential(UUID certificateId, Caller caller);
}
