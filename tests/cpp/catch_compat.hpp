// Catch2 2.x (Debian 12) ships one header; 3.x (Debian 13) splits it.
#pragma once
#if DOCXSIFT_CATCH2_MAJOR >= 3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
